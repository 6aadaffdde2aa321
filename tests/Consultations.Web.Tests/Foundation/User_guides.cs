using System.Net;
using Consultations.Infrastructure.Identity;
using Consultations.Testing;

namespace Consultations.Web.Tests.Foundation;

/// <summary>The guides of docs/guide are the portal's help pages: every one is reachable from the footer, and every picture and link in them works.</summary>
public class User_guides(PortalFactory portal) : IClassFixture<PortalFactory>
{
    public static TheoryData<string> Guides => new(Directory.GetFiles(Path.Combine(Repository.Root(), "docs", "guide"), "*.md")
        .Select(Path.GetFileNameWithoutExtension)
        .Where(name => name != "README")
        .Select(name => name!));

    [Theory]
    [MemberData(nameof(Guides))]
    public async Task Each_guide_is_a_page_with_its_pictures_and_links(string name)
    {
        var client = portal.CreatePortalClient();
        var home = await client.GetPageAsync("/");
        var help = await client.GetPageAsync(home.QuerySelector("footer a[href$='/help']")!.GetAttribute("href")!);
        var link = help.QuerySelectorAll("main a").Single(a => a.GetAttribute("href")!.EndsWith("/" + name, StringComparison.Ordinal));

        var guide = await client.GetPageAsync(link.GetAttribute("href")!);

        var firstHeading = File.ReadLines(Path.Combine(Repository.Root(), "docs", "guide", name + ".md")).First().TrimStart('#', ' ');
        Assert.Equal(firstHeading, guide.QuerySelector("article h1")!.TextContent);
        var images = guide.QuerySelectorAll("article img").ToList();
        Assert.NotEmpty(images);
        foreach (var image in images)
        {
            Assert.False(string.IsNullOrWhiteSpace(image.GetAttribute("alt")));
            var response = await client.GetAsync(image.GetAttribute("src")!);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{image.GetAttribute("src")}: {(int)response.StatusCode}");
            Assert.Equal("image/jpeg", response.Content.Headers.ContentType!.MediaType);
        }

        foreach (var href in guide.QuerySelectorAll("article a").Select(a => a.GetAttribute("href")!).Where(h => h.StartsWith('/')))
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(href)).StatusCode);
        }
    }

    [Fact]
    public async Task The_help_page_lists_the_readers_own_guide_first()
    {
        var client = portal.CreatePortalClient();
        await client.SignInAsync(await portal.CreateAccountAsync(Roles.Secretariat));

        var help = await client.GetPageAsync("/help");

        Assert.EndsWith("/help/secretariat", help.QuerySelector("main li a")!.GetAttribute("href"));
        Assert.Equal(4, help.QuerySelectorAll("main li a").Length);
    }

    [Theory]
    [InlineData("/help/README")]
    [InlineData("/help/no-such-guide")]
    [InlineData("/help/img/no-such.jpg")]
    [InlineData("/help/img/delegate.md")]
    public async Task Anything_else_under_help_is_not_found(string url)
    {
        var response = await portal.CreateClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
