using System.Text;
using Consultations.Domain.Replies;
using Consultations.Infrastructure.Email;
using Consultations.Infrastructure.Identity;
using Consultations.Testing;
using Consultations.Web.Features.Tally;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Consultations.Web.Tests.Tally;

/// <summary>Which version counts is asked of one rule everywhere, and the final tally is written once, by the deadline task.</summary>
public class One_counting_rule_one_final_tally(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private static readonly DateTime OnTime = new(2026, 4, 1, 10, 0, 0, DateTimeKind.Utc);
    private static readonly DateTimeOffset DayAfterDeadline = new(2026, 5, 21, 10, 0, 0, TimeSpan.Zero);

    /// <summary>The tests of this class need only "after the deadline of 20 May"; the shared clock never goes back.</summary>
    private void AfterTheDeadline()
    {
        if (portal.Clock.GetUtcNow() < DayAfterDeadline)
        {
            portal.Clock.SetUtcNow(DayAfterDeadline);
        }
    }

    private Task<int> SnapshotsAsync(int circularId) =>
        portal.WithScopeAsync(services => services.GetRequiredService<Infrastructure.Persistence.AppDbContext>().TallySnapshots.CountAsync(s => s.CircularId == circularId));

    [Fact]
    public async Task Pages_read_after_the_deadline_never_store_a_final_tally()
    {
        AfterTheDeadline();
        var circular = await TallySeeds.CircularAsync(portal, 921);
        await TallySeeds.ReplyAsync(portal, circular.Id, "FRA", OnTime, (1, Opinion.AssignsAuthorityNoComments, null));
        var secretariat = await portal.SignedInAsync(Roles.Secretariat);
        var france = await portal.SignedInAsync(Roles.Delegate, "FRA");

        var pages = await Task.WhenAll(
            secretariat.GetAsync($"/circulars/{circular.Id}/tally"),
            secretariat.GetAsync($"/circulars/{circular.Id}/tally"),
            france.GetAsync($"/circulars/{circular.Id}"),
            secretariat.GetAsync($"/circulars/{circular.Id}/tally/export/tally.csv"));

        Assert.All(pages, page => Assert.True(page.IsSuccessStatusCode, page.StatusCode.ToString()));
        var tallyPage = await PortalClient.ParseAsync(pages[0]);
        Assert.NotNull(tallyPage.QuerySelector("#final-pending"));
        Assert.Equal("1", tallyPage.QuerySelector("#replies-counted")!.TextContent);
        Assert.Equal(0, await SnapshotsAsync(circular.Id));
    }

    [Fact]
    public async Task Two_deadline_tasks_running_at_once_record_one_final_tally_and_one_notice()
    {
        AfterTheDeadline();
        var circular = await TallySeeds.CircularAsync(portal, 922);
        await TallySeeds.ReplyAsync(portal, circular.Id, "FRA", OnTime, (1, Opinion.AssignsAuthorityNoComments, null));

        await Task.WhenAll(portal.RunDeadlineTasksAsync(), portal.RunDeadlineTasksAsync());
        await portal.RunDeadlineTasksAsync();

        Assert.Equal(1, await SnapshotsAsync(circular.Id));
        await portal.WithDbAsync(async db => Assert.Equal(1, await db.ConsultationNotices.CountAsync(n => n.CircularId == circular.Id && n.Kind == ConsultationNotice.DeadlinePassed)));
    }

    [Fact]
    public async Task An_observers_on_time_reply_is_shown_but_never_marked_as_counted()
    {
        AfterTheDeadline();
        var circular = await TallySeeds.CircularAsync(portal, 923, texts: 1);
        await TallySeeds.ReplyAsync(portal, circular.Id, "PSE", OnTime, (1, Opinion.DoesNotAssignAuthority, "Reasons of the observer"));
        await TallySeeds.ReplyAsync(portal, circular.Id, "FRA", OnTime, (1, Opinion.AssignsAuthorityNoComments, null));
        var secretariat = await portal.SignedInAsync(Roles.Secretariat);

        var drillDown = await secretariat.GetPageAsync($"/circulars/{circular.Id}/tally/texts/1");
        var rows = drillDown.QuerySelectorAll("tbody tr").ToDictionary(r => r.QuerySelector("th")!.TextContent.Trim().Split('\n')[0].Trim(), r => r.TextContent);
        var csv = Encoding.UTF8.GetString((await (await secretariat.GetAsync($"/circulars/{circular.Id}/tally/export/replies.csv")).Content.ReadAsByteArrayAsync())[3..]);
        var csvRows = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Contains("✓", rows["France"]);
        Assert.DoesNotContain("✓", rows.Single(r => r.Key.StartsWith("State of Palestine", StringComparison.Ordinal)).Value);
        Assert.Contains(",PSE,1,", csvRows.Single(r => r.Contains(",PSE,", StringComparison.Ordinal)));
        Assert.Contains(",no,", csvRows.Single(r => r.Contains(",PSE,", StringComparison.Ordinal)));
        Assert.Contains(",yes,", csvRows.Single(r => r.Contains(",FRA,", StringComparison.Ordinal)));
        Assert.Equal("1", (await secretariat.GetPageAsync($"/circulars/{circular.Id}/tally")).QuerySelector("#replies-counted")!.TextContent);
    }
}

/// <summary>A consultation closed on 20 May, reopened by an extension to 28 May, decided at the meeting of 1 June.</summary>
public class A_reopened_consultation(A_reopened_consultation.DayAfterDeadlinePortal portal) : IClassFixture<A_reopened_consultation.DayAfterDeadlinePortal>
{
    private static readonly DateTime OnTime = new(2026, 4, 1, 10, 0, 0, DateTimeKind.Utc);

    [Fact]
    public async Task A_consultation_reopened_by_an_extension_gets_a_new_final_tally_and_its_outcome()
    {
        var circular = await TallySeeds.CircularAsync(portal, 924, texts: 1);
        await TallySeeds.ReplyAsync(portal, circular.Id, "FRA", OnTime, (1, Opinion.DoesNotAssignAuthority, null));
        await portal.RunDeadlineTasksAsync();
        var tsb = await portal.SignedInAsync(Roles.TsbStaff);

        var extended = await tsb.PostAsync(
            $"/circulars/{circular.Id}/amend/deadline",
            new Dictionary<string, string> { ["Extend.NewDeadline"] = "2026-05-28", ["Extend.Reopen"] = "true", ["Extend.Reason"] = "Network outage at TSB on 20 May" },
            $"/circulars/{circular.Id}/amend");
        PortalAssert.RedirectsTo(extended, $"/circulars/{circular.Id}");
        portal.Clock.SetUtcNow(new DateTimeOffset(2026, 5, 22, 10, 0, 0, TimeSpan.Zero));
        foreach (var state in new[] { "DEU", "KEN", "BRA" })
        {
            await TallySeeds.ReplyAsync(portal, circular.Id, state, new DateTime(2026, 5, 22, 9, 0, 0, DateTimeKind.Utc), (1, Opinion.AssignsAuthorityNoComments, null));
        }

        var secretariat = await portal.SignedInAsync(Roles.Secretariat);
        var reopened = await secretariat.GetPageAsync($"/circulars/{circular.Id}/tally");
        Assert.Contains("provisional", reopened.QuerySelector("#tally-status")!.TextContent);
        Assert.Equal("4", reopened.QuerySelector("#replies-counted")!.TextContent);
        Assert.Equal("true", reopened.QuerySelector("#snapshots-heading + ol li")!.GetAttribute("data-superseded"));

        portal.Clock.SetUtcNow(new DateTimeOffset(2026, 6, 2, 9, 0, 0, TimeSpan.Zero));
        await portal.RunDeadlineTasksAsync();
        secretariat = await portal.SignedInAsync(Roles.Secretariat);
        var final = await secretariat.GetPageAsync($"/circulars/{circular.Id}/tally");
        var approved = await secretariat.PostAsync($"/circulars/{circular.Id}/outcomes/1", new Dictionary<string, string> { ["Kind"] = "Approved" }, $"/circulars/{circular.Id}/outcomes");

        Assert.Contains("final", final.QuerySelector("#tally-status")!.TextContent);
        Assert.Equal("3", final.QuerySelector("tr[data-text='X.1500'] [data-col='no-comments']")!.TextContent.Trim());
        Assert.Equal(["true", "false"], final.QuerySelectorAll("#snapshots-heading + ol li").Select(li => li.GetAttribute("data-superseded")));
        PortalAssert.RedirectsTo(approved, $"/circulars/{circular.Id}/outcomes");
        await portal.WithDbAsync(async db =>
        {
            var snapshots = await db.TallySnapshots.Where(s => s.CircularId == circular.Id).OrderBy(s => s.DeadlineDate).ToListAsync();
            Assert.Equal([new DateOnly(2026, 5, 20), new DateOnly(2026, 5, 28)], snapshots.Select(s => s.DeadlineDate));
            Assert.Equal(2, await db.ConsultationNotices.CountAsync(n => n.CircularId == circular.Id && n.Kind == ConsultationNotice.DeadlinePassed));
            Assert.Equal(Consultations.Domain.Circulars.OutcomeKind.Approved, (await db.Circulars.SingleAsync(c => c.Id == circular.Id)).Texts.Single().Decision!.Kind);
        });
    }

    public sealed class DayAfterDeadlinePortal : PortalFactory
    {
        public DayAfterDeadlinePortal() => Clock.SetUtcNow(new DateTimeOffset(2026, 5, 21, 10, 0, 0, TimeSpan.Zero));
    }
}
