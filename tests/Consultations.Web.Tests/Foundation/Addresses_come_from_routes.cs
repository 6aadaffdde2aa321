using System.Text.RegularExpressions;
using Consultations.Testing;

namespace Consultations.Web.Tests.Foundation;

/// <summary>
/// Links, form actions, redirects and e-mailed addresses are generated from the routes (tag helpers, <c>Url.Action</c>,
/// <c>LinkGenerator</c>), so renaming a route cannot leave a dead link behind. Route templates themselves
/// (<c>[HttpGet("…")]</c>, <c>[Route("…")]</c>) and the start-up wiring in Composition are where paths are defined.
/// </summary>
public partial class Addresses_come_from_routes
{
    [GeneratedRegex("""(?:\b(?:href|action|formaction|src)\s*=\s*"/(?!/))|(?:[$@]?"/[a-z])""")]
    private static partial Regex LiteralPath();

    [GeneratedRegex("""^\s*\[(?:Http(?:Get|Post|Put|Delete|Patch)|Route)\(""")]
    private static partial Regex RouteTemplate();

    [Fact]
    public void No_view_controller_or_mail_composer_spells_an_internal_path()
    {
        var root = Repository.Root();
        var web = Path.Combine(root, "src", "Consultations.Web");
        var offenders = new[] { "Features", "Email", "Authorization" }
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(web, folder), "*.*", SearchOption.AllDirectories))
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal))
            .SelectMany(f => Offending(File.ReadLines(f)).Select(l => $"{Path.GetRelativePath(root, f)}:{l.Line}: {l.Text.Trim()}"))
            .Where(l => !l.Contains("Api/ApiDocument.cs", StringComparison.Ordinal))
            .ToList();

        Assert.True(offenders.Count == 0, "Generate these addresses from routes (asp-controller/asp-action, Url.Action, PortalLinks.To):\n" + string.Join('\n', offenders));
    }

    [Fact]
    public void The_check_finds_the_usual_ways_of_spelling_a_path()
    {
        string[] spelled =
        [
            """<a href="/circulars/@c.Id">""",
            """<form method="post" action="/replies/@c.Id/submit">""",
            """<button formaction="/replies/1">""",
            """return Redirect($"/circulars/{id}");""",
            """var link = links.Absolute("/verify");""",
        ];
        string[] generated =
        [
            """<a asp-controller="Circulars" asp-action="Show" asp-route-id="@c.Id">""",
            """<link rel="stylesheet" href="~/css/site.css" />""",
            """<a href="https://www.itu.int/">""",
            """[HttpGet("/circulars/{id:int}")]""",
            """    [Route("/error/{code:int}")]""",
            """<a href="#main">""",
        ];

        Assert.Equal(spelled.Length, Offending(spelled).Count());
        Assert.Empty(Offending(generated));
    }

    private static IEnumerable<(int Line, string Text)> Offending(IEnumerable<string> lines) =>
        lines.Select((text, i) => (Line: i + 1, Text: text))
            .Where(l => LiteralPath().IsMatch(l.Text) && !RouteTemplate().IsMatch(l.Text));
}
