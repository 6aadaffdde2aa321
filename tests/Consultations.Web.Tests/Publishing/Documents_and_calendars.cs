using Consultations.Web.Features.Replies;
using System.Net;
using Consultations.Domain.Import;
using Consultations.Domain.Replies;
using Consultations.Infrastructure.Documents;
using Consultations.Infrastructure.Identity;
using Consultations.Testing;
using Consultations.Web.Tests.Replies;
using Ical.Net.CalendarComponents;
using Microsoft.EntityFrameworkCore;

namespace Consultations.Web.Tests.Publishing;

/// <summary>The letter, a delegate's Annex 2 and the calendars, downloaded as users download them.</summary>
public class Documents_and_calendars(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Anyone_downloads_the_letter_of_a_published_circular_in_the_languages_it_holds()
    {
        var circular = await ReplyFixture.PublishedCircularAsync(portal, 4001);
        var visitor = portal.CreatePortalClient();

        var english = await visitor.GetAsync($"/circulars/{circular.Id}/letter.docx");
        var chinese = await visitor.GetAsync($"/circulars/{circular.Id}/letter.docx?language=zh");
        var pdf = await visitor.GetAsync($"/circulars/{circular.Id}/letter.pdf");

        Assert.Equal("attachment; filename=TSB-Circular-4001-2026-en.docx; filename*=UTF-8''TSB-Circular-4001-2026-en.docx", english.Content.Headers.ContentDisposition!.ToString());
        var read = CircularParser.Parse(CircularFile.TextOf(await english.Content.ReadAsStreamAsync(), "letter.docx"));
        Assert.Equal((4001, new DateOnly(2026, 5, 20), 3), (read.Number, read.Deadline, read.Texts.Count));
        var readChinese = CircularParser.Parse(CircularFile.TextOf(await chinese.Content.ReadAsStreamAsync(), "letter.docx"));
        Assert.Equal("zh", readChinese.Language);
        Assert.Equal("使用移动设备的带外相互认证框架", readChinese.Texts[0].Title);
        Assert.Equal("Draft text 2", readChinese.Texts[1].Title);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString((await pdf.Content.ReadAsByteArrayAsync())[..4]));
    }

    [Fact]
    public async Task A_delegate_downloads_Annex_2_filled_with_the_current_reply_and_TSB_reads_it_back()
    {
        var circular = await ReplyFixture.PublishedCircularAsync(portal, 4002);
        var delegateClient = portal.CreatePortalClient();
        await delegateClient.SignInAsync(await portal.CreateAccountAsync(Roles.Delegate, "FRA", twoFactor: true));
        var form = ReplyFixture.FormFor(circular, ReplyIntent.Review, withComments: [1]);
        form[form.FindIndex(f => f.Key == "Form.Rows[1].Comment")] = new("Form.Rows[1].Comment", "Clause 6 needs a reference to X.1254.");
        PortalAssert.RedirectsTo(await ReplyFixture.SubmitAsync(delegateClient, circular.Id, form), "/replies");

        var show = await delegateClient.GetPageAsync($"/circulars/{circular.Id}");
        var link = show.QuerySelector("[data-document=own-annex-2]")!.GetAttribute("href")!;
        var annex = await delegateClient.GetAsync(link);
        var reading = AnnexTwoReader.Read(CircularFile.TextOf(await annex.Content.ReadAsStreamAsync(), "annex.docx"), circular.ActiveTexts.ToList());

        Assert.Equal($"/replies/{circular.Id}/annex-2.docx", link);
        Assert.Equal(
            [Opinion.AssignsAuthorityNoComments, Opinion.AssignsAuthorityWithComments, Opinion.AssignsAuthorityNoComments],
            reading.Choices.Select(c => c.Opinion));
        Assert.Equal("Clause 6 needs a reference to X.1254.", reading.Choices[1].Comment);
        Assert.Equal("Jeanne Martin", reading.SignatoryName);
        Assert.Empty(reading.Problems);
    }

    [Fact]
    public async Task A_circulars_calendar_file_has_the_deadline_at_2359_UTC_and_the_meeting_days()
    {
        var circular = await ReplyFixture.PublishedCircularAsync(portal, 4003);

        var response = await portal.CreatePortalClient().GetAsync($"/circulars/{circular.Id}/calendar.ics");
        var calendar = Ical.Net.Calendar.Load(await response.Content.ReadAsStringAsync())!;

        Assert.Equal("text/calendar", response.Content.Headers.ContentType!.MediaType);
        var deadline = calendar.Events.Single(e => e.Uid == $"deadline-{circular.Id}@consultations.itu.int");
        Assert.Equal(new DateTime(2026, 5, 20, 23, 59, 0, DateTimeKind.Utc), deadline.Start!.AsUtc);
        var meeting = calendar.Events.Single(e => e.Uid == $"meeting-{circular.Id}@consultations.itu.int");
        Assert.False(meeting.Start!.HasTime);
        Assert.Equal(new DateOnly(2026, 6, 1), DateOnly.FromDateTime(meeting.Start.Value));
        Assert.Equal(new DateOnly(2026, 6, 11), DateOnly.FromDateTime(meeting.End!.Value));
        Assert.Equal("Geneva", meeting.Location);
    }

    [Fact]
    public async Task A_calendar_address_is_shown_once_follows_an_extension_and_stops_when_revoked()
    {
        var circular = await ReplyFixture.PublishedCircularAsync(portal, 4004);
        var account = await portal.CreateAccountAsync(Roles.TsbStaff);
        var tsb = portal.CreatePortalClient();
        await tsb.SignInAsync(account);

        var created = await tsb.PostAsync("/profile/calendar", new Dictionary<string, string>(), "/profile");
        var profile = await tsb.GetPageAsync(PortalAssert.PathOf(created.Headers.Location!));
        var address = profile.QuerySelector("#calendar-feed")!.GetAttribute("value")!;
        var again = await tsb.GetPageAsync("/profile");
        var feed = Ical.Net.Calendar.Load(await (await portal.CreatePortalClient().GetAsync(new Uri(address).PathAndQuery)).Content.ReadAsStringAsync())!;
        await tsb.PostAsync($"/circulars/{circular.Id}/amend/deadline", new Dictionary<string, string> { ["Extend.NewDeadline"] = "2026-05-25", ["Extend.Reason"] = "More time" }, $"/circulars/{circular.Id}/amend");
        var extended = Ical.Net.Calendar.Load(await (await portal.CreatePortalClient().GetAsync(new Uri(address).PathAndQuery)).Content.ReadAsStringAsync())!;
        await tsb.PostAsync("/profile/calendar/revoke", new Dictionary<string, string>(), "/profile");
        var revoked = await portal.CreatePortalClient().GetAsync(new Uri(address).PathAndQuery);

        Assert.Null(again.QuerySelector("#calendar-feed"));
        Assert.Equal(new DateTime(2026, 5, 20, 23, 59, 0, DateTimeKind.Utc), Deadline(feed, circular.Id).Start!.AsUtc);
        Assert.Equal(new DateTime(2026, 5, 25, 23, 59, 0, DateTimeKind.Utc), Deadline(extended, circular.Id).Start!.AsUtc);
        Assert.Equal(HttpStatusCode.NotFound, revoked.StatusCode);
        await portal.WithDbAsync(async db =>
        {
            Assert.Null((await db.Users.SingleAsync(u => u.Id == account.Id)).CalendarFeedHash);
            Assert.Equal(
                ["CalendarFeed.Created", "CalendarFeed.Revoked"],
                await db.AuditRecords.Where(a => a.EntityId == account.Id && a.Action.StartsWith("CalendarFeed")).OrderBy(a => a.Id).Select(a => a.Action).ToListAsync());
        });
    }

    private static CalendarEvent Deadline(Ical.Net.Calendar calendar, int circularId) =>
        calendar.Events.Single(e => e.Uid == $"deadline-{circularId}@consultations.itu.int");
}
