using System.Text.RegularExpressions;
using System.Xml.Linq;
using Consultations.Testing;

namespace Consultations.Web.Tests.Foundation;

public partial class Localization(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task The_language_switcher_turns_the_shell_French()
    {
        var client = portal.CreatePortalClient();

        var response = await client.PostAsync("/language", new Dictionary<string, string> { ["culture"] = "fr", ["returnUrl"] = "/account/sign-in" });
        PortalAssert.RedirectsTo(response, "/account/sign-in");
        var page = await client.GetPageAsync("/account/sign-in");

        Assert.Equal("fr", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Se connecter", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("Aller au contenu principal", page.QuerySelector(".skip-link")!.TextContent);
        Assert.Contains("Adresse électronique", page.QuerySelector("label[for=Email]")!.TextContent);
    }

    [Fact]
    public async Task The_browser_language_is_used_when_no_choice_was_made()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.AcceptLanguage.ParseAdd("fr-CH, fr;q=0.9");

        var response = await portal.CreateClient().SendAsync(request);

        Assert.Contains("Le portail où les Administrations", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Validation_messages_are_translated()
    {
        var client = portal.CreatePortalClient();
        await client.PostAsync("/language", new Dictionary<string, string> { ["culture"] = "fr", ["returnUrl"] = "/" });

        var response = await client.PostAsync("/account/sign-in", new Dictionary<string, string> { ["Email"] = string.Empty, ["Password"] = string.Empty }, "/account/sign-in");

        Assert.Contains("Saisissez votre adresse électronique.", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Cross_field_rules_speak_the_readers_language_too()
    {
        var client = portal.CreatePortalClient();
        await client.SignInAsync(await portal.CreateAccountAsync(Consultations.Infrastructure.Identity.Roles.TsbStaff));
        await client.PostAsync("/language", new Dictionary<string, string> { ["culture"] = "fr", ["returnUrl"] = "/" });

        var response = await client.PostAsync("/users/invite", new Dictionary<string, string>
        {
            ["Email"] = "someone@example.org",
            ["DisplayName"] = "Someone",
            ["Role"] = Consultations.Infrastructure.Identity.Roles.Delegate,
            ["MemberStateCode"] = "",
            ["DesignatedFrom"] = "2026-03-01",
            ["PreferredLanguage"] = "fr",
        }, "/users/invite");

        var page = await PortalClient.ParseAsync(response);
        Assert.Contains("Un délégué répond pour une administration", page.QuerySelector("#MemberStateCode-error")!.TextContent);
    }

    [Fact]
    public void Every_string_the_views_and_controllers_use_has_an_English_and_a_French_resource()
    {
        var web = Path.Combine(Repository.Root(), "src", "Consultations.Web");
        var english = Keys(Path.Combine(web, "Resources", "SharedResource.resx"));
        var french = Keys(Path.Combine(web, "Resources", "SharedResource.fr.resx"));
        var used = Directory.EnumerateFiles(web, "*.*", SearchOption.AllDirectories)
            .Where(f => (f.EndsWith(".cshtml", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal))
                && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => LocalizerKey().Matches(File.ReadAllText(f)).Select(m => Regex.Unescape(m.Groups[1].Value)))
            .Distinct()
            .ToList();

        Assert.True(used.Count > 100, $"Only {used.Count} localized strings were found; is the scan broken?");
        Assert.Equal([], used.Where(k => !english.Contains(k)).ToArray());
        Assert.Equal([], used.Where(k => !french.Contains(k)).ToArray());
        Assert.Equal([], english.Where(k => !french.Contains(k)).ToArray());
    }

    private static HashSet<string> Keys(string resx) =>
        XDocument.Load(resx).Root!.Elements("data").Select(d => (string)d.Attribute("name")!).ToHashSet();

    [GeneratedRegex(@"(?:(?:\bL|localizer)\[|\.Localized\()\s*""((?:[^""\\]|\\.)*)""")]
    private static partial Regex LocalizerKey();
}
