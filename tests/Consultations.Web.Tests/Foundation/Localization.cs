using System.Text.RegularExpressions;
using System.Xml.Linq;
using Consultations.Testing;
using Consultations.Web.Settings;

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

    [Theory]
    [InlineData("ar", "rtl", "تسجيل الدخول", "bootstrap.rtl.min.css")]
    [InlineData("zh", "ltr", "登录", "bootstrap.min.css")]
    [InlineData("ru", "ltr", "Войти", "bootstrap.min.css")]
    [InlineData("es", "ltr", "Iniciar sesión", "bootstrap.min.css")]
    [InlineData("en", "ltr", "Sign in", "bootstrap.min.css")]
    public async Task Each_language_sets_the_page_language_its_direction_and_its_stylesheet(string language, string direction, string heading, string stylesheet)
    {
        var client = portal.CreatePortalClient();

        await client.PostAsync("/language", new Dictionary<string, string> { ["culture"] = language, ["returnUrl"] = "/account/sign-in" });
        var page = await client.GetPageAsync("/account/sign-in");

        Assert.Equal(language, page.DocumentElement.GetAttribute("lang"));
        Assert.Equal(direction, page.DocumentElement.GetAttribute("dir"));
        Assert.Equal(heading, page.QuerySelector("h1")!.TextContent);
        Assert.Single(page.QuerySelectorAll("link[rel=stylesheet][href*='/lib/bootstrap/']"));
        Assert.Contains(stylesheet + "?", page.QuerySelector("link[rel=stylesheet][href*='/lib/bootstrap/']")!.GetAttribute("href"));
    }

    [Fact]
    public async Task The_language_switcher_names_the_six_languages_in_themselves()
    {
        var page = await portal.CreatePortalClient().GetPageAsync("/account/sign-in");

        var options = page.QuerySelectorAll("#language-select option").Select(o => (o.GetAttribute("value"), o.GetAttribute("lang"), o.TextContent)).ToList();
        Assert.Equal(
            [("ar", "ar", "العربية"), ("zh", "zh", "中文"), ("en", "en", "English"), ("fr", "fr", "Français"), ("ru", "ru", "Русский"), ("es", "es", "Español")],
            options);
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
    public void Every_string_the_views_and_controllers_use_has_a_resource_in_each_language()
    {
        var web = Path.Combine(Repository.Root(), "src", "Consultations.Web");
        var english = Values(Path.Combine(web, "Resources", "SharedResource.resx"));
        var used = Directory.EnumerateFiles(web, "*.*", SearchOption.AllDirectories)
            .Where(f => (f.EndsWith(".cshtml", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal))
                && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => LocalizerKey().Matches(File.ReadAllText(f)).Select(m => Regex.Unescape(m.Groups[1].Value)))
            .Distinct()
            .ToList();

        Assert.True(used.Count > 100, $"Only {used.Count} localized strings were found; is the scan broken?");
        Assert.Equal([], used.Where(k => !english.ContainsKey(k)).ToArray());
        foreach (var language in SupportedCultures.Names.Where(l => l != SupportedCultures.Default))
        {
            var translated = Values(Path.Combine(web, "Resources", $"SharedResource.{language}.resx"));
            Assert.Equal([], english.Keys.Where(k => !translated.ContainsKey(k)).Select(k => $"{language}: {k}").ToArray());
            Assert.Equal([], translated.Keys.Where(k => !english.ContainsKey(k)).Select(k => $"{language} only: {k}").ToArray());
            Assert.Equal([], translated.Where(t => string.IsNullOrWhiteSpace(t.Value)).Select(t => $"{language} empty: {t.Key}").ToArray());
            // Every placeholder of the English text, with its format, is in the translation and nothing else is.
            Assert.Equal([], english
                .Where(e => !Placeholders(e.Value).SequenceEqual(Placeholders(translated[e.Key])))
                .Select(e => $"{language}: '{e.Key}' has {{{string.Join(',', Placeholders(translated[e.Key]))}}}")
                .ToArray());
            // A file copied from English would pass the checks above: most texts must read differently.
            var untranslated = english.Count(e => e.Value == translated[e.Key]);
            Assert.True(untranslated < english.Count / 10, $"{language}: {untranslated} of {english.Count} texts are the English ones.");
        }
    }

    [Fact]
    public void Placeholder_check_sees_a_lost_or_changed_argument()
    {
        Assert.Equal(["{0}", "{1:yyyy-MM-dd}"], Placeholders("On {1:yyyy-MM-dd}, {0} replied."));
        Assert.NotEqual(Placeholders("{0} of {1}"), Placeholders("{0} de {0}"));
        Assert.Equal(Placeholders("The {0} has {1}: enter the {0}."), Placeholders("Le {0} a {1}."));
    }

    private static string[] Placeholders(string text) =>
        [.. PlaceholderPattern().Matches(text).Select(m => m.Value).Distinct().Order(StringComparer.Ordinal)];

    private static Dictionary<string, string> Values(string resx) =>
        XDocument.Load(resx).Root!.Elements("data").ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? string.Empty);

    [GeneratedRegex(@"\{\d+(?::[^}]*)?\}")]
    private static partial Regex PlaceholderPattern();

    [GeneratedRegex(@"(?:(?:\bL|localizer)\[|\.Localized\()\s*""((?:[^""\\]|\\.)*)""")]
    private static partial Regex LocalizerKey();
}
