using System.Net;
using Consultations.Domain.Replies;
using Consultations.Infrastructure.Identity;
using Consultations.Testing;
using Microsoft.EntityFrameworkCore;

namespace Consultations.Web.Tests.Tally;

public class The_tally_page(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private static readonly DateTime OnTime = new(2026, 4, 1, 10, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime Late = new(2026, 5, 21, 0, 0, 0, DateTimeKind.Utc);

    private static readonly string[] Supporters = ["FRA", "DEU", "ITA", "ESP", "PRT", "BEL", "NLD"];
    private static readonly string[] Opponents = ["CHN", "RUS", "BRA"];

    private async Task<PortalClient> Secretariat()
    {
        var client = portal.CreatePortalClient();
        await client.SignInAsync(await portal.CreateAccountAsync(Roles.Secretariat));
        return client;
    }

    private static string Cell(AngleSharp.Html.Dom.IHtmlDocument page, string recommendation, string column) =>
        page.QuerySelector($"tr[data-text='{recommendation}'] [data-col='{column}']")!.TextContent.Trim();

    [Fact]
    public async Task Every_number_matches_the_hand_computed_cases()
    {
        var circular = await TallySeeds.CircularAsync(portal, 801);
        for (var i = 0; i < Supporters.Length; i++)
        {
            // Text 1: 7 supporting (5 without, 2 with comments). Text 2: the same states, but FRA gives no opinion.
            var opinion = i < 5 ? Opinion.AssignsAuthorityNoComments : Opinion.AssignsAuthorityWithComments;
            var opinions = new List<(int, Opinion, string?)> { (1, opinion, null) };
            if (Supporters[i] != "FRA")
            {
                opinions.Add((2, Opinion.AssignsAuthorityNoComments, null));
            }

            await TallySeeds.ReplyAsync(portal, circular.Id, Supporters[i], OnTime, [.. opinions]);
        }

        foreach (var state in Opponents)
        {
            await TallySeeds.ReplyAsync(portal, circular.Id, state, OnTime, (1, Opinion.DoesNotAssignAuthority, null), (2, Opinion.DoesNotAssignAuthority, null));
        }

        await TallySeeds.ReplyAsync(portal, circular.Id, "KEN", Late, (1, Opinion.DoesNotAssignAuthority, null));
        await TallySeeds.ReplyAsync(portal, circular.Id, "PSE", OnTime, (1, Opinion.DoesNotAssignAuthority, null));

        var page = await (await Secretariat()).GetPageAsync($"/circulars/{circular.Id}/tally");

        Assert.Equal("194", page.QuerySelector("#eligible")!.TextContent);
        Assert.Equal("10", page.QuerySelector("#replies-counted")!.TextContent);
        Assert.Contains("Kenya", page.QuerySelector("#late")!.TextContent);
        Assert.Contains("State of Palestine", page.QuerySelector("#observers")!.TextContent);
        Assert.Contains("provisional", page.QuerySelector("#tally-status")!.TextContent);

        // 7 of 10: authorized, exactly at 70%, one more opposing reply would stop it.
        Assert.Equal("5", Cell(page, "X.1500", "no-comments"));
        Assert.Equal("2", Cell(page, "X.1500", "with-comments"));
        Assert.Equal("3", Cell(page, "X.1500", "not-supporting"));
        Assert.Equal("0", Cell(page, "X.1500", "no-opinion"));
        Assert.Equal("184", Cell(page, "X.1500", "not-replied"));
        Assert.Equal("1", Cell(page, "X.1500", "late"));
        Assert.Equal("1", Cell(page, "X.1500", "observers"));
        Assert.StartsWith("70.0", Cell(page, "X.1500", "percentage"));
        Assert.Contains("consideration authorized", Cell(page, "X.1500", "decision"));
        Assert.Equal("authorized; 1 more reply not assigning authority would stop it", Cell(page, "X.1500", "margin"));

        // 6 of 9 (FRA gave no opinion): 66.7%, not authorized, one more supporting reply needed.
        Assert.Equal("6", Cell(page, "X.1501", "no-comments"));
        Assert.Equal("3", Cell(page, "X.1501", "not-supporting"));
        Assert.Equal("1", Cell(page, "X.1501", "no-opinion"));
        Assert.StartsWith("66.7", Cell(page, "X.1501", "percentage"));
        Assert.Contains("not authorized", Cell(page, "X.1501", "decision"));
        Assert.Equal("1 more supporting reply needed", Cell(page, "X.1501", "margin"));

        // No opinion from anyone on the third text: it counts as no reply, and no replies at all authorizes.
        Assert.Equal("10", Cell(page, "X.1502", "no-opinion"));
        Assert.Equal("184", Cell(page, "X.1502", "not-replied"));
        Assert.Equal("0", Cell(page, "X.1502", "not-supporting"));
        Assert.Contains("consideration authorized", Cell(page, "X.1502", "decision"));

        Assert.Equal(184, page.QuerySelectorAll("#non-responders li").Length);
    }

    [Fact]
    public async Task The_70_percent_mark_stands_out_on_a_full_bar_and_a_cancelled_circular_offers_no_publication()
    {
        var open = await TallySeeds.CircularAsync(portal, 805);
        await TallySeeds.ReplyAsync(portal, open.Id, "FRA", new DateTime(2026, 3, 1, 9, 0, 0, DateTimeKind.Utc), (open.Texts[0].Id, Opinion.AssignsAuthorityNoComments, null));
        var cancelled = await TallySeeds.CircularAsync(portal, 806);
        await portal.WithDbAsync(async db =>
        {
            var circular = await db.Circulars.SingleAsync(c => c.Id == cancelled.Id);
            circular.Cancel("Withdrawn by the study group", new DateTime(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc), "TSB");
            await db.SaveChangesAsync();
        });
        var secretariat = await portal.SignedInAsync(Roles.Secretariat);

        var page = await secretariat.GetPageAsync($"/circulars/{open.Id}/tally");
        var marks = page.QuerySelectorAll("svg.tally-bar").First().QuerySelectorAll("line[x1='210']").ToList();
        var cancelledPage = await secretariat.GetPageAsync($"/circulars/{cancelled.Id}/tally");

        Assert.Equal(["#ffffff", "#000000"], marks.Select(m => m.GetAttribute("stroke")));
        Assert.True(marks.All(m => double.Parse(m.GetAttribute("stroke-width")!, System.Globalization.CultureInfo.InvariantCulture) >= 2));
        Assert.NotNull(page.QuerySelector("section[aria-labelledby='visibility-heading'] button"));
        Assert.Null(cancelledPage.QuerySelector("section[aria-labelledby='visibility-heading'] button"));
    }

    [Fact]
    public async Task The_drill_down_shows_each_states_opinion_comment_and_history()
    {
        var circular = await TallySeeds.CircularAsync(portal, 802);
        await TallySeeds.ReplyAsync(portal, circular.Id, "FRA", OnTime, (1, Opinion.AssignsAuthorityNoComments, null));
        await TallySeeds.ReplyAsync(portal, circular.Id, "FRA", OnTime.AddDays(1), (1, Opinion.DoesNotAssignAuthority, "Clause 6 conflicts with X.509"));

        var page = await (await Secretariat()).GetPageAsync($"/circulars/{circular.Id}/tally/texts/1");

        var row = page.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains("France"));
        Assert.Contains("Does not assign authority", row.TextContent);
        Assert.Contains("Clause 6 conflicts with X.509", row.TextContent);
        Assert.Contains("recorded by TSB from e-mail", row.TextContent);
        Assert.Contains("v1", row.TextContent);
        Assert.Contains("v2", row.TextContent);
    }

    [Theory]
    [InlineData(Roles.Delegate, 403)]
    [InlineData(Roles.Administrator, 403)]
    [InlineData(Roles.Secretariat, 200)]
    [InlineData(Roles.TsbStaff, 200)]
    public async Task Only_the_secretariat_and_TSB_see_the_live_tally(string role, int expected)
    {
        var circular = await TallySeeds.CircularAsync(portal, 810 + Array.IndexOf([Roles.Delegate, Roles.Administrator, Roles.Secretariat, Roles.TsbStaff], role));
        var client = portal.CreatePortalClient();
        await client.SignInAsync(await portal.CreateAccountAsync(role, role == Roles.Delegate ? "FRA" : null, twoFactor: role == Roles.Delegate));

        Assert.Equal(expected, (int)(await client.GetAsync($"/circulars/{circular.Id}/tally")).StatusCode);
        Assert.Equal(expected, (int)(await client.GetAsync($"/circulars/{circular.Id}/tally/export/tally.csv")).StatusCode);
    }

    [Fact]
    public async Task Delegates_see_no_counts_before_the_deadline()
    {
        var circular = await TallySeeds.CircularAsync(portal, 820);
        await TallySeeds.ReplyAsync(portal, circular.Id, "DEU", OnTime, (1, Opinion.AssignsAuthorityNoComments, null));
        var client = portal.CreatePortalClient();
        await client.SignInAsync(await portal.CreateAccountAsync(Roles.Delegate, "FRA", twoFactor: true));

        var page = await client.GetPageAsync($"/circulars/{circular.Id}");

        Assert.Null(page.QuerySelector("#final-results"));
        Assert.Equal(HttpStatusCode.OK, (await portal.CreateClient().GetAsync($"/public/circulars/{circular.Id}")).StatusCode);
    }
}
