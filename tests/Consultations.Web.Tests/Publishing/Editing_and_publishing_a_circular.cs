using System.Net;
using Consultations.Domain.Circulars;
using Consultations.Infrastructure.Identity;
using Consultations.Testing;
using Microsoft.EntityFrameworkCore;

namespace Consultations.Web.Tests.Publishing;

public class Editing_and_publishing_a_circular(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private async Task<PortalClient> Tsb()
    {
        var client = portal.CreatePortalClient();
        await client.SignInAsync(await portal.CreateAccountAsync(Roles.TsbStaff));
        return client;
    }

    private static Dictionary<string, string> Letter(int number, string date = "2026-03-02", string meeting = "2026-06-08", string deadline = "") => new()
    {
        ["Form.Number"] = number.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Form.Date"] = date,
        ["Form.Reference"] = "SG17/XY",
        ["Form.StudyGroup"] = "17",
        ["Form.Addressees"] = "Administrations of Member States of the Union",
        ["Form.MeetingPlace"] = "Geneva",
        ["Form.MeetingFirstDay"] = meeting,
        ["Form.MeetingLastDay"] = "2026-06-17",
        ["Form.DeadlineDate"] = deadline,
        ["Form.A5Note"] = "No A.5 justification was submitted.",
        ["Form.IprNote"] = "",
    };

    [Fact]
    public async Task TSB_creates_a_draft_whose_deadline_is_proposed_from_the_meeting()
    {
        var tsb = await Tsb();

        var response = await tsb.PostAsync("/circulars/new", Letter(201), "/circulars/new");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await portal.WithDbAsync(async db =>
        {
            var circular = await db.Circulars.SingleAsync(c => c.Number == 201);
            Assert.Equal(new DateOnly(2026, 5, 27), circular.DeadlineDate);
            Assert.False(circular.IsPublished);
            Assert.Equal(NoteKind.A5Justification, Assert.Single(circular.Notes).Kind);
            Assert.True(await db.AuditRecords.AnyAsync(a => a.Action == "Circular.Created" && a.EntityId == circular.Id.ToString()));
        });
    }

    [Fact]
    public async Task A_second_circular_of_the_same_number_and_year_is_refused_with_a_message_and_the_database_refuses_it_too()
    {
        var tsb = await Tsb();
        Assert.Equal(HttpStatusCode.Redirect, (await tsb.PostAsync("/circulars/new", Letter(209), "/circulars/new")).StatusCode);

        var second = await tsb.PostAsync("/circulars/new", Letter(209), "/circulars/new");

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Contains("TSB Circular 209 of 2026 exists already.", (await PortalClient.ParseAsync(second)).QuerySelector("#form-errors")!.TextContent);
        await portal.WithDbAsync(async db =>
        {
            Assert.Equal(1, await db.Circulars.CountAsync(c => c.Number == 209));
            db.Circulars.Add(CircularSeeds.Draft(209, new DateOnly(2026, 12, 1), new DateOnly(2027, 6, 1)));
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        });
        await portal.WithDbAsync(async db =>
        {
            db.Circulars.Add(CircularSeeds.Draft(209, new DateOnly(2027, 1, 5), new DateOnly(2027, 6, 1)));
            await db.SaveChangesAsync();
            Assert.Equal(2, await db.Circulars.CountAsync(c => c.Number == 209));
        });
    }

    [Fact]
    public async Task Invalid_fields_are_shown_beside_them_and_nothing_is_saved()
    {
        var tsb = await Tsb();
        var form = Letter(202);
        form["Form.MeetingLastDay"] = "2026-06-01";
        form["Form.Reference"] = "";

        var response = await tsb.PostAsync("/circulars/new", form, "/circulars/new");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Contains("The meeting's last day comes before its first day.", page.QuerySelector("#Form_MeetingLastDay-error")!.TextContent);
        Assert.Contains("Enter the reference", page.QuerySelector("#Form_Reference-error")!.TextContent);
        Assert.Equal("202", page.QuerySelector("#Form_Number")!.GetAttribute("value"));
        await portal.WithDbAsync(async db => Assert.False(await db.Circulars.AnyAsync(c => c.Number == 202)));
    }

    [Fact]
    public async Task A_deadline_after_the_meeting_is_refused_by_the_rules()
    {
        var tsb = await Tsb();

        var response = await tsb.PostAsync("/circulars/new", Letter(203, deadline: "2026-06-10"), "/circulars/new");

        var page = await PortalClient.ParseAsync(response);
        Assert.Contains("The reply deadline must come before the meeting's first day.", page.QuerySelector("#form-errors")!.TextContent);
        await portal.WithDbAsync(async db => Assert.False(await db.Circulars.AnyAsync(c => c.Number == 203)));
    }

    [Fact]
    public async Task Texts_are_added_edited_reordered_and_removed_on_a_draft()
    {
        var tsb = await Tsb();
        var circular = await CircularSeeds.AddAsync(portal, CircularSeeds.Draft(204, new DateOnly(2026, 3, 2), new DateOnly(2026, 6, 8), texts: 1));
        var text = new Dictionary<string, string>
        {
            ["Form.Kind"] = "Amendment",
            ["Form.Recommendation"] = "X.1352",
            ["Form.AmendmentNumber"] = "1",
            ["Form.Title"] = "Security requirements for IoT devices",
            ["Form.Summary"] = "Amends X.1352.",
            ["Form.DocumentRef"] = "R49",
            ["Form.Note"] = "An A.5 justification is attached.",
        };

        PortalAssert.RedirectsTo(await tsb.PostAsync($"/circulars/{circular.Id}/texts/new", text, $"/circulars/{circular.Id}/texts/new"), $"/circulars/{circular.Id}/edit");
        PortalAssert.RedirectsTo(await tsb.PostAsync($"/circulars/{circular.Id}/texts/2/move?position=1", new Dictionary<string, string>(), $"/circulars/{circular.Id}/edit"), $"/circulars/{circular.Id}/edit");
        text["Form.Title"] = "Security requirements for Internet of things devices and gateways";
        PortalAssert.RedirectsTo(await tsb.PostAsync($"/circulars/{circular.Id}/texts/2/edit", text, $"/circulars/{circular.Id}/texts/2/edit"), $"/circulars/{circular.Id}/edit");
        PortalAssert.RedirectsTo(await tsb.PostAsync($"/circulars/{circular.Id}/texts/1/remove", new Dictionary<string, string>(), $"/circulars/{circular.Id}/edit"), $"/circulars/{circular.Id}/edit");

        await portal.WithDbAsync(async db =>
        {
            var saved = await db.Circulars.SingleAsync(c => c.Id == circular.Id);
            var only = Assert.Single(saved.Texts);
            Assert.Equal("Amendment 1 to X.1352", only.DisplayNumber);
            Assert.Equal("Security requirements for Internet of things devices and gateways", only.Title);
            Assert.Equal(1, only.Position);
            Assert.Equal("An A.5 justification is attached.", saved.Notes.Single(n => n.Recommendation == "X.1352").Text);
        });
    }

    [Fact]
    public async Task Publishing_timestamps_the_circular_and_queues_one_notice_per_designated_delegate()
    {
        var tsb = await Tsb();
        await portal.CreateAccountAsync(Roles.Delegate, "FRA", email: "fra.publish@example.org");
        await portal.CreateAccountAsync(Roles.Delegate, "KEN", email: "ken.publish@example.org");
        await portal.CreateAccountAsync(Roles.Delegate, "PSE", email: "pse.publish@example.org");
        var circular = await CircularSeeds.AddAsync(portal, CircularSeeds.Draft(205, new DateOnly(2026, 3, 2), new DateOnly(2026, 6, 8)));

        var confirm = await tsb.GetPageAsync($"/circulars/{circular.Id}/publish");
        Assert.Contains("designated delegates of Member States will be notified", confirm.QuerySelector("main")!.TextContent);
        var response = await tsb.PostAsync($"/circulars/{circular.Id}/publish", new Dictionary<string, string>(), $"/circulars/{circular.Id}/publish");

        PortalAssert.RedirectsTo(response, $"/circulars/{circular.Id}");
        await portal.WithDbAsync(async db =>
        {
            var saved = await db.Circulars.SingleAsync(c => c.Id == circular.Id);
            Assert.Equal(portal.Clock.GetUtcNow().UtcDateTime, saved.PublishedAtUtc);
            var notices = await db.OutboxMessages.Where(m => m.Cause == "Circular.Published" && m.CauseId == circular.Id.ToString()).ToListAsync();
            Assert.Single(notices, m => m.ToAddress == "fra.publish@example.org");
            Assert.Single(notices, m => m.ToAddress == "ken.publish@example.org");
            Assert.DoesNotContain(notices, m => m.ToAddress == "pse.publish@example.org");
            Assert.Equal(notices.Count, notices.Select(m => m.ToAddress).Distinct().Count());
            Assert.Contains("/circulars/" + circular.Id, notices[0].TextBody);
            Assert.True(await db.AuditRecords.AnyAsync(a => a.Action == "Circular.Published" && a.EntityId == circular.Id.ToString()));
        });
    }

    [Fact]
    public async Task Short_notice_blocks_publishing_until_a_reason_is_given()
    {
        var tsb = await Tsb();
        var circular = await CircularSeeds.AddAsync(portal, CircularSeeds.Draft(206, new DateOnly(2026, 3, 2), new DateOnly(2026, 5, 4)));

        var refused = await tsb.PostAsync($"/circulars/{circular.Id}/publish", new Dictionary<string, string>(), $"/circulars/{circular.Id}/publish");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("less than three months before the meeting", await refused.Content.ReadAsStringAsync());
        await portal.WithDbAsync(async db => Assert.False((await db.Circulars.SingleAsync(c => c.Id == circular.Id)).IsPublished));

        var published = await tsb.PostAsync(
            $"/circulars/{circular.Id}/publish",
            new Dictionary<string, string> { ["Form.NoticeOverrideReason"] = "Agreed by the study group plenary" },
            $"/circulars/{circular.Id}/publish");
        PortalAssert.RedirectsTo(published, $"/circulars/{circular.Id}");
        await portal.WithDbAsync(async db => Assert.Equal("Agreed by the study group plenary", (await db.Circulars.SingleAsync(c => c.Id == circular.Id)).NoticeOverrideReason));
    }

    [Fact]
    public async Task A_published_circular_cannot_be_edited_silently_only_amended_for_everyone_to_see()
    {
        var tsb = await Tsb();
        await portal.CreateAccountAsync(Roles.Delegate, "CHN", email: "chn.amend@example.org");
        var circular = await CircularSeeds.AddAsync(
            portal, CircularSeeds.Draft(207, new DateOnly(2026, 2, 2), new DateOnly(2026, 6, 1)), new DateTime(2026, 2, 2, 9, 0, 0, DateTimeKind.Utc));

        PortalAssert.RedirectsTo(await tsb.GetAsync($"/circulars/{circular.Id}/edit"), $"/circulars/{circular.Id}/amend");
        var edit = await tsb.PostAsync($"/circulars/{circular.Id}/edit", Letter(999), $"/circulars/{circular.Id}/amend");
        PortalAssert.RedirectsTo(edit, $"/circulars/{circular.Id}/amend");

        var extended = await tsb.PostAsync($"/circulars/{circular.Id}/amend/deadline", new Dictionary<string, string>
        {
            ["Extend.NewDeadline"] = "2026-05-22",
            ["Extend.Reason"] = "Network outage at TSB",
        }, $"/circulars/{circular.Id}/amend");
        PortalAssert.RedirectsTo(extended, $"/circulars/{circular.Id}");
        var corrected = await tsb.PostAsync($"/circulars/{circular.Id}/amend/correct", new Dictionary<string, string>
        {
            ["Correct.TextId"] = "2",
            ["Correct.Title"] = "Corrected title",
            ["Correct.Summary"] = "Corrected summary.",
            ["Correct.Reason"] = "Typo in the title",
        }, $"/circulars/{circular.Id}/amend");
        PortalAssert.RedirectsTo(corrected, $"/circulars/{circular.Id}");

        var delegateClient = portal.CreatePortalClient();
        await delegateClient.SignInAsync(await portal.CreateAccountAsync(Roles.Delegate, "FRA", twoFactor: true));
        var page = await delegateClient.GetPageAsync($"/circulars/{circular.Id}");
        var amendments = page.QuerySelectorAll("#amendments-heading + ol li").Select(li => li.TextContent).ToList();
        Assert.Equal(2, amendments.Count);
        Assert.Contains("2026-05-20 -> 2026-05-22", amendments[0]);
        Assert.Contains("Network outage at TSB", amendments[0]);
        Assert.Contains("Typo in the title", amendments[1]);
        Assert.Contains("Corrected title", page.QuerySelector("#t2")!.TextContent);
        await portal.WithDbAsync(async db =>
        {
            var saved = await db.Circulars.SingleAsync(c => c.Id == circular.Id);
            Assert.Equal(207, saved.Number);
            Assert.Equal(2, await db.OutboxMessages.CountAsync(m => m.Cause == "Circular.Amended" && m.ToAddress == "chn.amend@example.org"));
        });
    }

    [Fact]
    public async Task An_amendment_without_a_reason_is_refused_on_the_form()
    {
        var tsb = await Tsb();
        var circular = await CircularSeeds.AddAsync(
            portal, CircularSeeds.Draft(208, new DateOnly(2026, 2, 2), new DateOnly(2026, 6, 1)), new DateTime(2026, 2, 2, 9, 0, 0, DateTimeKind.Utc));

        var response = await tsb.PostAsync($"/circulars/{circular.Id}/amend/withdraw", new Dictionary<string, string>
        {
            ["Withdraw.TextId"] = "1",
            ["Withdraw.Reason"] = "",
        }, $"/circulars/{circular.Id}/amend");

        Assert.Contains("Give the reason; it is shown to everyone.", await response.Content.ReadAsStringAsync());
        await portal.WithDbAsync(async db => Assert.Empty((await db.Circulars.Include(c => c.Amendments).SingleAsync(c => c.Id == circular.Id)).Amendments));
    }
}
