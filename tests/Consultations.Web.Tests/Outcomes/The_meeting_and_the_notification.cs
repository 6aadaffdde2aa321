using Consultations.Domain.Circulars;
using Consultations.Domain.Replies;
using Consultations.Infrastructure.Identity;
using Consultations.Testing;
using Consultations.Web.Tests.Tally;
using Microsoft.EntityFrameworkCore;

namespace Consultations.Web.Tests.Outcomes;

/// <summary>
/// Circular 104's dates: deadline 20 May, meeting 1 to 10 June 2026, four weeks for formal opposition to 8 July. The
/// secretariat records decisions as a history, TSB records the notifying circular, the home page lists what is overdue.
/// </summary>
public class The_meeting_and_the_notification(The_meeting_and_the_notification.AfterDeadlinePortal portal) : IClassFixture<The_meeting_and_the_notification.AfterDeadlinePortal>
{
    private static readonly DateTime OnTime = new(2026, 4, 1, 10, 0, 0, DateTimeKind.Utc);


    private static Task<HttpResponseMessage> Decide(PortalClient client, int circularId, int textId, Dictionary<string, string> form) =>
        client.PostAsync($"/circulars/{circularId}/outcomes/{textId}", form, $"/circulars/{circularId}/outcomes");

    private static string Errors(HttpResponseMessage response) =>
        PortalClient.ParseAsync(response).GetAwaiter().GetResult().QuerySelector("#form-errors")?.TextContent ?? string.Empty;

    [Fact]
    public async Task Decisions_oppositions_the_effective_outcome_and_the_notification_follow_Res_1_9_5_and_9_6()
    {
        var circular = await TallySeeds.CircularAsync(portal, 1301, texts: 2);
        await TallySeeds.ReplyAsync(portal, circular.Id, "FRA", OnTime, (1, Opinion.AssignsAuthorityNoComments, null), (2, Opinion.AssignsAuthorityNoComments, null));
        await portal.RunDeadlineTasksAsync();
        var beforeMeeting = await Decide(await portal.SignedInAsync(Roles.Secretariat), circular.Id, 1, new() { ["Kind"] = "Approved" });
        Assert.Contains("once the meeting has begun", Errors(beforeMeeting));

        portal.Clock.SetUtcNow(new DateTimeOffset(2026, 6, 2, 9, 0, 0, TimeSpan.Zero));
        var secretariat = await portal.SignedInAsync(Roles.Secretariat);
        var unknown = await Decide(secretariat, circular.Id, 1, new() { ["Kind"] = "ApprovedWithReservations", ["States"] = "XYZ: a reservation" });
        var observer = await Decide(secretariat, circular.Id, 1, new() { ["Kind"] = "ApprovedWithReservations", ["States"] = "PSE: a reservation" });
        var reserved = await Decide(secretariat, circular.Id, 1, new() { ["Kind"] = "ApprovedWithReservations", ["States"] = "FRA: reservation on clause 7" });
        var changedWithoutReason = await Decide(secretariat, circular.Id, 1, new() { ["Kind"] = "NotApproved", ["States"] = "DEU" });
        var changed = await Decide(secretariat, circular.Id, 1, new() { ["Kind"] = "NotApproved", ["States"] = "DEU", ["Reason"] = "The minutes record Germany's opposition" });
        var moreTime = await Decide(secretariat, circular.Id, 2, new() { ["Kind"] = "MoreTimeRequested", ["States"] = "KEN" });
        var earlyOpposition = await secretariat.PostAsync($"/circulars/{circular.Id}/outcomes/2/opposition", new Dictionary<string, string> { ["MemberStateCode"] = "FRA", ["ReceivedOn"] = "2026-05-29", ["Reasons"] = "Too early" }, $"/circulars/{circular.Id}/outcomes");

        Assert.Contains("XYZ is not a Member State that counts", Errors(unknown));
        Assert.Contains("State of Palestine is not a Member State that counts", Errors(observer));
        PortalAssert.RedirectsTo(reserved, $"/circulars/{circular.Id}/outcomes");
        Assert.Contains("give the reason for changing it", Errors(changedWithoutReason));
        PortalAssert.RedirectsTo(changed, $"/circulars/{circular.Id}/outcomes");
        PortalAssert.RedirectsTo(moreTime, $"/circulars/{circular.Id}/outcomes");
        Assert.Contains("from the meeting's first day", Errors(earlyOpposition));
        var outcomes = await secretariat.GetPageAsync($"/circulars/{circular.Id}/outcomes");
        var history = outcomes.QuerySelectorAll("[data-text='X.1500'] [data-role='decisions'] li").Select(li => li.TextContent).ToList();
        Assert.Equal(2, history.Count);
        Assert.Contains("FRA: reservation on clause 7", history[0]);
        Assert.Contains("replaced", history[0]);
        Assert.Contains("The minutes record Germany's opposition", history[1]);
        Assert.Contains("More time requested", outcomes.QuerySelector("[data-text='X.1501'] [data-role='effective']")!.TextContent);

        portal.Clock.SetUtcNow(new DateTimeOffset(2026, 7, 9, 9, 0, 0, TimeSpan.Zero));
        secretariat = await portal.SignedInAsync(Roles.Secretariat);
        var afterFourWeeks = await secretariat.GetPageAsync($"/circulars/{circular.Id}/outcomes");
        var home = await secretariat.GetPageAsync("/");
        Assert.Contains("Approved (Res. 1, 9.5)", afterFourWeeks.QuerySelector("[data-text='X.1501'] [data-role='effective']")!.TextContent);
        Assert.Contains("X.1500", home.QuerySelector("#overdue-notifications")!.TextContent);
        Assert.DoesNotContain("X.1501", home.QuerySelector("#overdue-notifications")!.TextContent);
        Assert.Contains("is approved: no formal opposition was received", afterFourWeeks.QuerySelector("#notice")!.TextContent);

        var tsb = await portal.SignedInAsync(Roles.TsbStaff);
        var form = await tsb.GetPageAsync($"/circulars/{circular.Id}/notification");
        var notified = await tsb.PostAsync($"/circulars/{circular.Id}/notification", new Dictionary<string, string> { ["Form.CircularNumber"] = "150", ["Form.Date"] = "2026-07-09", ["Form.TextIds"] = "1" }, $"/circulars/{circular.Id}/notification");
        Assert.NotNull(form.QuerySelector("#draft-en"));
        PortalAssert.RedirectsTo(notified, $"/circulars/{circular.Id}");
        Assert.Null((await secretariat.GetPageAsync("/")).QuerySelector("#overdue-notifications"));
        var life = (await tsb.GetPageAsync($"/circulars/{circular.Id}")).QuerySelector("#life")!.TextContent;
        Assert.Contains("result notified by TSB Circular 150", life);
        Assert.Contains("Final tally recorded", life);
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, (await secretariat.GetAsync($"/circulars/{circular.Id}/notification")).StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, (await tsb.GetAsync($"/circulars/{circular.Id}/outcomes")).StatusCode);
        await portal.WithDbAsync(async db =>
        {
            var saved = await db.Circulars.SingleAsync(c => c.Id == circular.Id);
            Assert.Equal([OutcomeKind.ApprovedWithReservations, OutcomeKind.NotApproved], saved.Texts.Single(t => t.Id == 1).Decisions.Select(d => d.Kind));
            Assert.Equal(150, saved.Texts.Single(t => t.Id == 1).Notification!.CircularNumber);
            Assert.Null(saved.Texts.Single(t => t.Id == 2).Notification);
            Assert.Equal(3, await db.AuditRecords.CountAsync(a => a.Action == "Circular.DecisionRecorded" && a.EntityId == circular.Id.ToString()));
            Assert.Equal(1, await db.AuditRecords.CountAsync(a => a.Action == "Circular.ResultNotified" && a.EntityId == circular.Id.ToString()));
        });
    }

    public sealed class AfterDeadlinePortal : PortalFactory
    {
        public AfterDeadlinePortal() => Clock.SetUtcNow(new DateTimeOffset(2026, 5, 21, 10, 0, 0, TimeSpan.Zero));
    }
}
