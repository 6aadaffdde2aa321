using Consultations.Web.Features.Replies;
using Consultations.Infrastructure.Identity;
using Consultations.Testing;
using Microsoft.EntityFrameworkCore;

namespace Consultations.Web.Tests.Replies;

public class Reply_edges(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task An_online_reply_without_any_opinion_is_refused_beside_the_form_and_nothing_is_submitted()
    {
        var circular = await ReplyFixture.PublishedCircularAsync(portal, 611);
        var france = portal.CreatePortalClient();
        await france.SignInAsync(await portal.CreateAccountAsync(Roles.Delegate, "FRA", twoFactor: true));

        var review = await france.PostMultipartAsync($"/replies/{circular.Id}", ReplyFixture.Form(ReplyIntent.Review, 0, ("None", null), ("None", null), ("None", "A comment kept in the draft")), [], $"/replies/{circular.Id}");
        var page = await PortalClient.ParseAsync(review);

        Assert.Equal(System.Net.HttpStatusCode.OK, review.StatusCode);
        Assert.Contains("gives no opinion", page.QuerySelector("#form-errors")!.TextContent);
        Assert.Equal("A comment kept in the draft", page.QuerySelector("textarea[name='Form.Rows[2].Comment']")!.TextContent.Trim());
        await portal.WithDbAsync(async db => Assert.False(await db.Replies.AnyAsync(r => r.CircularId == circular.Id)));
    }

    [Fact]
    public async Task The_reply_form_states_the_deadline_once_with_the_readers_time_beside_it()
    {
        var circular = await ReplyFixture.PublishedCircularAsync(portal, 614);
        var france = portal.CreatePortalClient();
        await france.SignInAsync(await portal.CreateAccountAsync(Roles.Delegate, "FRA", twoFactor: true));

        var page = await france.GetPageAsync($"/replies/{circular.Id}");
        var day = circular.DeadlineDate.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture);
        var sentence = page.QuerySelectorAll("main p").First(p => p.TextContent.Contains("2359 hours UTC", StringComparison.Ordinal));

        Assert.Contains($"2359 hours UTC on {day}", sentence.TextContent);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(sentence.TextContent, circular.DeadlineDate.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var local = sentence.QuerySelector("time[data-local-time]")!;
        Assert.Equal(circular.DeadlineInstant, DateTime.Parse(local.GetAttribute("datetime")!, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AdjustToUniversal), TimeSpan.FromSeconds(1));
        Assert.False(string.IsNullOrEmpty(local.GetAttribute("data-local-label")));
    }

    [Fact]
    public async Task A_reply_recorded_as_received_in_the_future_is_refused_on_the_date_field()
    {
        portal.Clock.SetUtcNow(new DateTimeOffset(2026, 5, 10, 9, 0, 0, TimeSpan.Zero));
        var circular = await ReplyFixture.PublishedCircularAsync(portal, 612);
        var tsb = portal.CreatePortalClient();
        await tsb.SignInAsync(await portal.CreateAccountAsync(Roles.TsbStaff));

        var response = await tsb.PostMultipartAsync($"/circulars/{circular.Id}/record-reply", new List<KeyValuePair<string, string>>
        {
            new("Form.MemberStateCode", "KEN"), new("Form.Channel", "Fax"), new("Form.ReceivedOn", "2026-05-11"), new("Form.ReceivedAt", "09:00"),
            new("Form.SignatoryName", "Kenyan official"), new("Form.Rows[0].TextId", "1"), new("Form.Rows[0].Choice", "NoComments"),
        }, [], $"/circulars/{circular.Id}/record-reply");
        var page = await PortalClient.ParseAsync(response);

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("cannot be in the future", page.QuerySelector("#form-errors")!.TextContent);
        Assert.Equal("true", page.QuerySelector("[name='Form.ReceivedOn']")!.GetAttribute("aria-invalid"));
        await portal.WithDbAsync(async db => Assert.False(await db.Replies.AnyAsync(r => r.CircularId == circular.Id)));
    }
}
