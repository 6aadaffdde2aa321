using Consultations.Testing;
using Consultations.Web.Tests.Replies;

namespace Consultations.Web.Tests.Publishing;

/// <summary>A visitor who is not signed in reaches the published circulars from the home page; drafts stay hidden.</summary>
public class Visitors_find_the_published_circulars(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task From_the_home_page_to_a_circulars_public_page()
    {
        var published = await ReplyFixture.PublishedCircularAsync(portal, 6001);
        var draft = await CircularSeeds.AddAsync(portal, CircularSeeds.Draft(6002, new DateOnly(2026, 3, 1), new DateOnly(2026, 7, 1)));
        var visitor = portal.CreatePortalClient();

        var home = await visitor.GetPageAsync("/");
        var list = await visitor.GetPageAsync(home.QuerySelector("#public-circulars")!.GetAttribute("href")!);
        var links = list.QuerySelectorAll("table a").Select(a => a.GetAttribute("href")).ToList();
        var page = await visitor.GetPageAsync($"/public/circulars/{published.Id}");

        Assert.Contains($"/public/circulars/{published.Id}", links);
        Assert.DoesNotContain(links, l => l!.EndsWith($"/{draft.Id}", StringComparison.Ordinal) || l.Contains($"/{draft.Id}/", StringComparison.Ordinal));
        Assert.Equal("/public/circulars", list.QuerySelector("form[role=search]")!.GetAttribute("action"));
        Assert.Contains("1–10 June 2026", page.QuerySelector("main")!.TextContent);
    }
}
