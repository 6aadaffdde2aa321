using System.Text.RegularExpressions;

namespace Consultations.Domain.Import;

/// <summary>Cleans text converted from a circular's Word document: conversion marks, page headers, odd spaces.</summary>
public static partial class DocumentText
{
    public static IReadOnlyList<string> CleanLines(string text)
    {
        var normalized = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n')
            .Replace('\u00A0', ' ')
            .Replace('\u2011', '-')
            .Replace('\u2010', '-');
        var withoutMarks = WordFieldError().Replace(ConversionMark().Replace(normalized, string.Empty), string.Empty);
        var lines = withoutMarks.Split('\n').Select(l => NormalizeItuT(Spaces().Replace(l.Replace('\t', ' '), " ").Trim())).ToList();

        var cleaned = new List<string>();
        for (var i = 0; i < lines.Count; i++)
        {
            // A PDF's page footer: "TSB Circular 104   2/5".
            if (PageFooter().IsMatch(lines[i]))
            {
                continue;
            }

            if (PageNumber().IsMatch(lines[i]))
            {
                // A page header is "- 4 -" and, on the next line, the circular's name.
                if (i + 1 < lines.Count && RunningHead().IsMatch(lines[i + 1]))
                {
                    i++;
                }

                continue;
            }

            cleaned.Add(lines[i]);
        }

        return cleaned;
    }

    /// <summary>"ITU T" (a lost non-breaking hyphen) becomes "ITU-T".</summary>
    public static string NormalizeItuT(string line) => ItuT().Replace(line, "ITU-T");

    [GeneratedRegex(@"\[(?:bookmark|image):[^\]]*\]", RegexOptions.IgnoreCase)]
    private static partial Regex ConversionMark();

    /// <summary>What Word leaves of a broken cross-reference or bookmark.</summary>
    [GeneratedRegex(@"Error!\s*(?:Bookmark\s+not\s+defined|Reference\s+source\s+not\s+found)\.")]
    private static partial Regex WordFieldError();

    [GeneratedRegex(@"[ \t\u2002\u2003\u2009]+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^(?:TSB Circular \d+|电信标准化局第\d+号通函)?\s*\d+\s*/\s*\d+$")]
    private static partial Regex PageFooter();

    [GeneratedRegex(@"^-\s*\d+\s*-$")]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"^(TSB Circular \d+|电信标准化局第\d+号通函)(\s*\(.*\))?$")]
    private static partial Regex RunningHead();

    [GeneratedRegex(@"(?<![A-Za-z])ITU[ \u2011]T(?![A-Za-z])")]
    private static partial Regex ItuT();
}
