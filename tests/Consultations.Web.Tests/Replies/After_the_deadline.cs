using Consultations.Web.Features.Replies;
using Consultations.Infrastructure.Identity;
using Consultations.Testing;
using Microsoft.EntityFrameworkCore;

namespace Consultations.Web.Tests.Replies;

/// <summary>Its own portal, because the clock moves past the deadline and never back.</summary>
public class After_the_deadline(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task The_form_is_closed_with_the_deadline_shown_and_nothing_is_stored()
    {
        var circular = await ReplyFixture.PublishedCircularAsync(portal, 407);
        var account = await portal.CreateAccountAsync(Roles.Delegate, "ESP", twoFactor: true);
        var spain = portal.CreatePortalClient();
        await spain.SignInAsync(account);
        var open = await spain.GetPageAsync($"/replies/{circular.Id}");
        Assert.NotNull(open.QuerySelector("#reply-form"));

        portal.Clock.SetUtcNow(new DateTimeOffset(circular.DeadlineInstant.AddTicks(1), TimeSpan.Zero));
        spain = portal.CreatePortalClient();
        await spain.SignInAsync(account);
        var form = await spain.GetPageAsync($"/replies/{circular.Id}");
        var posted = await spain.PostMultipartAsync($"/replies/{circular.Id}", ReplyFixture.Form(ReplyIntent.Review, 0, ("NoComments", null)), [], $"/replies/{circular.Id}");

        Assert.Contains("The reply form is closed.", form.QuerySelector(".alert-secondary")!.TextContent);
        Assert.Contains("2359 hours UTC on 20 May 2026", form.QuerySelector(".alert-secondary")!.TextContent);
        Assert.NotNull(form.QuerySelector(".alert-secondary time[data-local-time]"));
        Assert.Null(form.QuerySelector("#reply-form"));
        Assert.Contains("The deadline has passed", (await PortalClient.ParseAsync(posted)).QuerySelector("#form-errors")!.TextContent);
        await portal.WithDbAsync(async db => Assert.False(await db.Replies.AnyAsync(r => r.CircularId == circular.Id)));
    }
}
