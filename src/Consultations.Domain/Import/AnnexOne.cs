using System.Text.RegularExpressions;

namespace Consultations.Domain.Import;

/// <summary>The sections of Annex 1: each text's heading line and the non-empty lines under it.</summary>
internal static class AnnexOne
{
    /// <returns>null when the document has no Annex 1.</returns>
    public static List<(Match Heading, List<string> Body)>? Sections(IReadOnlyList<string> lines, Regex annexHeading, Regex textHeading)
    {
        bool IsAnnex(string line, string number) => annexHeading.Match(line) is { Success: true } m && m.Groups[1].Value == number;

        var all = lines.ToList();
        var start = all.FindIndex(l => IsAnnex(l, "1"));
        if (start < 0)
        {
            return null;
        }

        var end = all.FindIndex(start + 1, l => IsAnnex(l, "2"));
        var annex = all.Skip(start + 1).Take((end < 0 ? all.Count : end) - start - 1).ToList();
        var headings = annex.Select((line, index) => (Match: textHeading.Match(line), Index: index)).Where(h => h.Match.Success).ToList();
        return headings.Select((heading, h) =>
        {
            var next = h + 1 < headings.Count ? headings[h + 1].Index : annex.Count;
            return (heading.Match, annex.Skip(heading.Index + 1).Take(next - heading.Index - 1).Where(l => l.Length > 0).ToList());
        }).ToList();
    }
}
