using Consultations.Web.Features.Replies;
using Consultations.Infrastructure.Identity;
using Consultations.Testing;
using Consultations.Web.Tests.Replies;
using Microsoft.EntityFrameworkCore;

namespace Consultations.Web.Tests.Outcomes;

/// <summary>TSB amends published circulars (rule 10): each amendment with its reason, listed, notified and audited.</summary>
public class Amending_a_published_circular(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task An_extension_into_the_meetings_days_is_refused_on_the_form_and_nothing_changes()
    {
        var circular = await ReplyFixture.PublishedCircularAsync(portal, 1201);
        var tsb = await portal.SignedInAsync(Roles.TsbStaff);

        var response = await tsb.PostAsync($"/circulars/{circular.Id}/amend/deadline", new Dictionary<string, string> { ["Extend.NewDeadline"] = "2026-06-03", ["Extend.Reason"] = "More time" }, $"/circulars/{circular.Id}/amend");
        var page = await PortalClient.ParseAsync(response);

        Assert.Contains("must come before the meeting's first day", page.QuerySelector("#form-errors")!.TextContent);
        Assert.NotNull(page.QuerySelector("#proposed-deadline"));
        await portal.WithDbAsync(async db =>
        {
            var saved = await db.Circulars.Include(c => c.Amendments).SingleAsync(c => c.Id == circular.Id);
            Assert.Equal(new DateOnly(2026, 5, 20), saved.DeadlineDate);
            Assert.Empty(saved.Amendments);
        });
    }

    [Fact]
    public async Task A_meeting_change_is_listed_on_the_circular_notified_to_the_delegates_and_audited()
    {
        var circular = await ReplyFixture.PublishedCircularAsync(portal, 1202);
        await portal.CreateAccountAsync(Roles.Delegate, "KEN");
        var tsb = await portal.SignedInAsync(Roles.TsbStaff);

        var response = await tsb.PostAsync(
            $"/circulars/{circular.Id}/amend/meeting",
            new Dictionary<string, string> { ["Meeting.Place"] = "Virtual", ["Meeting.FirstDay"] = "2026-06-08", ["Meeting.LastDay"] = "2026-06-12", ["Meeting.Reason"] = "Held online" },
            $"/circulars/{circular.Id}/amend");

        PortalAssert.RedirectsTo(response, $"/circulars/{circular.Id}");
        var page = await tsb.GetPageAsync($"/circulars/{circular.Id}");
        Assert.Contains("Meeting changed", page.QuerySelector("#amendments-heading + ol")!.TextContent);
        Assert.Contains("Virtual, 2026-06-08 to 2026-06-12", page.QuerySelector("#amendments-heading + ol")!.TextContent);
        Assert.Contains("Virtual", page.QuerySelector("#life")!.TextContent);
        await portal.WithDbAsync(async db =>
        {
            Assert.True(await db.OutboxMessages.AnyAsync(m => m.Cause == "Circular.Amended" && m.CauseId == circular.Id.ToString() && m.TextBody.Contains("Held online")));
            Assert.True(await db.AuditRecords.AnyAsync(a => a.Action == "Circular.Amended" && a.EntityId == circular.Id.ToString() && a.Details!.StartsWith("MeetingChanged")));
        });
    }

    [Fact]
    public async Task A_cancelled_circular_says_so_refuses_replies_and_keeps_what_it_received()
    {
        var circular = await ReplyFixture.PublishedCircularAsync(portal, 1203);
        var tsb = await portal.SignedInAsync(Roles.TsbStaff);
        var kenya = portal.CreatePortalClient();
        await kenya.SignInAsync(await portal.CreateAccountAsync(Roles.Delegate, "KEN", twoFactor: true));

        var unconfirmed = await tsb.PostAsync($"/circulars/{circular.Id}/amend/cancel", new Dictionary<string, string> { ["Cancel.Reason"] = "Meeting cancelled" }, $"/circulars/{circular.Id}/amend");
        var cancelled = await tsb.PostAsync($"/circulars/{circular.Id}/amend/cancel", new Dictionary<string, string> { ["Cancel.Reason"] = "Meeting cancelled", ["Cancel.Confirm"] = "true" }, $"/circulars/{circular.Id}/amend");
        var reply = await kenya.PostMultipartAsync($"/replies/{circular.Id}", ReplyFixture.Form(ReplyIntent.Review, 0, ("NoComments", null), ("NoComments", null), ("NoComments", null)), [], $"/circulars/{circular.Id}");

        Assert.Contains("Confirm that the consultation ends", (await PortalClient.ParseAsync(unconfirmed)).QuerySelector("#form-errors")!.TextContent);
        PortalAssert.RedirectsTo(cancelled, $"/circulars/{circular.Id}");
        Assert.Contains("Meeting cancelled", (await kenya.GetPageAsync($"/circulars/{circular.Id}")).QuerySelector("#cancelled")!.TextContent);
        Assert.Equal(System.Net.HttpStatusCode.OK, reply.StatusCode);
        Assert.NotNull((await tsb.GetPageAsync($"/circulars/{circular.Id}/amend")).QuerySelector("#cancelled"));
        await portal.WithDbAsync(async db => Assert.False(await db.Replies.AnyAsync(r => r.CircularId == circular.Id)));
    }
}
