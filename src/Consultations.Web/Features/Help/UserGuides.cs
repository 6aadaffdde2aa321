using System.Collections.Concurrent;
using System.Reflection;
using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Consultations.Web.Features.Help;

/// <summary>
/// The user guides of <c>docs/guide</c>, built into the assembly and shown as pages: one source for the repository
/// and the portal. Links between guides and to their images are rewritten to the portal's own addresses.
/// </summary>
public sealed class UserGuides
{
    /// <summary>The guides, in the order the help page lists them: the role each is written for, and its title and
    /// summary as resource keys for the help page.</summary>
    public static readonly IReadOnlyList<UserGuide> All =
    [
        new("delegate", Infrastructure.Identity.Roles.Delegate, "Guide for delegates", "Read a circular, reply online, revise, keep the receipt."),
        new("tsb-staff", Infrastructure.Identity.Roles.TsbStaff, "Guide for TSB staff", "Publish a circular, import it from its document, record a reply received by e-mail or fax, amend a published circular."),
        new("secretariat", Infrastructure.Identity.Roles.Secretariat, "Guide for the study-group secretariat", "Follow the tally, who has not replied, comments and reasons, exports, the plenary's outcome."),
        new("administrator", Infrastructure.Identity.Roles.Administrator, "Guide for administrators", "Accounts, the Member State roster, the audit trail."),
    ];

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().DisableHtml().UsePipeTables().Build();
    private static readonly Assembly Assembly = typeof(UserGuides).Assembly;
    private readonly ConcurrentDictionary<string, string?> sources = new();

    /// <summary>The guide as HTML with its title, or null when there is no such guide.</summary>
    public RenderedGuide? Render(string name, Func<string, string> guideAddress, Func<string, string> imageAddress)
    {
        if (!All.Any(g => g.Name == name) || Source(name) is not { } markdown)
        {
            return null;
        }

        var document = Markdown.Parse(markdown, Pipeline);
        foreach (var link in document.Descendants<LinkInline>().Where(l => l.Url is not null))
        {
            if (link.IsImage && link.Url!.StartsWith("img/", StringComparison.Ordinal))
            {
                link.Url = imageAddress(link.Url["img/".Length..]);
            }
            else if (!link.IsImage && link.Url!.EndsWith(".md", StringComparison.Ordinal) && !link.Url.Contains('/', StringComparison.Ordinal))
            {
                link.Url = guideAddress(link.Url[..^".md".Length]);
            }
        }

        var title = document.Descendants<HeadingBlock>().FirstOrDefault(h => h.Level == 1)?.Inline?.FirstChild?.ToString() ?? name;
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        renderer.Render(document);
        return new RenderedGuide(name, title, writer.ToString());
    }

    /// <summary>A screenshot of a guide, or null.</summary>
    public static byte[]? Image(string fileName)
    {
        if (!fileName.EndsWith(".jpg", StringComparison.Ordinal) || fileName.Contains('/', StringComparison.Ordinal))
        {
            return null;
        }

        using var stream = Assembly.GetManifestResourceStream("GuideImages/" + fileName);
        if (stream is null)
        {
            return null;
        }

        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private string? Source(string name) => sources.GetOrAdd(name, key =>
    {
        using var stream = Assembly.GetManifestResourceStream($"Guide/{key}.md");
        return stream is null ? null : new StreamReader(stream).ReadToEnd();
    });
}

public sealed record UserGuide(string Name, string Role, string Title, string Summary);

public sealed record RenderedGuide(string Name, string Title, string Html);
