using Consultations.Domain.Replies;
using Consultations.Infrastructure.Identity;
using Consultations.Testing;

namespace Consultations.Web.Tests.Tally;

/// <summary>The circular and its tally are kept in memory between requests; every change shows on the next page.</summary>
public class Kept_copies_follow_every_change(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_correction_and_a_new_reply_show_at_once_on_a_tally_page_read_before()
    {
        var circular = await TallySeeds.CircularAsync(portal, 1701, texts: 2);
        await TallySeeds.ReplyAsync(portal, circular.Id, "FRA", new DateTime(2026, 3, 1, 10, 0, 0, DateTimeKind.Utc), (1, Opinion.AssignsAuthorityNoComments, null));
        var secretariat = portal.CreatePortalClient();
        await secretariat.SignInAsync(await portal.CreateAccountAsync(Roles.Secretariat));
        var tsb = portal.CreatePortalClient();
        await tsb.SignInAsync(await portal.CreateAccountAsync(Roles.TsbStaff));

        var first = await secretariat.GetPageAsync($"/circulars/{circular.Id}/tally");
        await secretariat.GetPageAsync($"/circulars/{circular.Id}/tally");
        var corrected = await tsb.PostAsync(
            $"/circulars/{circular.Id}/amend/correct",
            new Dictionary<string, string> { ["Correct.TextId"] = "1", ["Correct.Language"] = "en", ["Correct.Title"] = "Corrected title of text 1", ["Correct.Reason"] = "Typo" },
            $"/circulars/{circular.Id}/amend");
        await TallySeeds.ReplyAsync(portal, circular.Id, "KEN", new DateTime(2026, 3, 1, 11, 0, 0, DateTimeKind.Utc), (1, Opinion.DoesNotAssignAuthority, null));
        var second = await secretariat.GetPageAsync($"/circulars/{circular.Id}/tally");

        PortalAssert.RedirectsTo(corrected, $"/circulars/{circular.Id}");
        Assert.Equal("1", first.QuerySelector("#replies-counted")!.TextContent);
        Assert.Equal("2", second.QuerySelector("#replies-counted")!.TextContent);
        Assert.Equal("1", second.QuerySelector("tr[data-text='X.1500'] [data-col='not-supporting']")!.TextContent.Trim());
        Assert.Contains("Corrected title of text 1", second.QuerySelector("tr[data-text='X.1500']")!.TextContent);
        Assert.Contains("Correction: X.1500", second.QuerySelector("#life")!.TextContent);
    }

    [Fact]
    public async Task A_roster_correction_shows_at_once_on_a_tally_page_read_before()
    {
        var circular = await TallySeeds.CircularAsync(portal, 1702, texts: 1);
        await TallySeeds.ReplyAsync(portal, circular.Id, "NZL", new DateTime(2026, 3, 1, 10, 0, 0, DateTimeKind.Utc), (1, Opinion.AssignsAuthorityNoComments, null));
        var secretariat = portal.CreatePortalClient();
        await secretariat.SignInAsync(await portal.CreateAccountAsync(Roles.Secretariat));
        var administrator = portal.CreatePortalClient();
        await administrator.SignInAsync(await portal.CreateAccountAsync(Roles.Administrator));

        var before = await secretariat.GetPageAsync($"/circulars/{circular.Id}/tally");
        var corrected = await administrator.PostAsync("/roster/NZL/edit", new Dictionary<string, string>
        {
            ["Name"] = "New Zealand (corrected)",
            ["MemberSince"] = "2026-03-01",
            ["MemberUntil"] = "",
            ["Reason"] = "Accession date checked",
        }, "/roster/NZL/edit");
        var after = await secretariat.GetPageAsync($"/circulars/{circular.Id}/tally");

        PortalAssert.RedirectsTo(corrected, "/roster");
        Assert.Equal("1", before.QuerySelector("#replies-counted")!.TextContent);
        Assert.Equal("0", after.QuerySelector("#replies-counted")!.TextContent);
    }
}
