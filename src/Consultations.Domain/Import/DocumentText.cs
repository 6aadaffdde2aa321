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
        // The regular expressions run only where their literal start occurs: most documents have no marks at all.
        var withoutMarks = normalized.Contains('[', StringComparison.Ordinal) ? ConversionMark().Replace(normalized, string.Empty) : normalized;
        withoutMarks = withoutMarks.Contains("Error!", StringComparison.Ordinal) ? WordFieldError().Replace(withoutMarks, string.Empty) : withoutMarks;
        var lines = withoutMarks.Split('\n').Select(l => NormalizeItuT(CollapseSpaces(l))).ToList();

        var cleaned = new List<string>();
        for (var i = 0; i < lines.Count; i++)
        {
            // A PDF's page footer: "TSB Circular 104   2/5".
            if (lines[i].Length > 0 && char.IsAsciiDigit(lines[i][^1]) && PageFooter().IsMatch(lines[i]))
            {
                continue;
            }

            if (lines[i].StartsWith('-') && PageNumber().IsMatch(lines[i]))
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
    public static string NormalizeItuT(string line) => line.Contains("ITU", StringComparison.Ordinal) ? ItuT().Replace(line, "ITU-T") : line;

    /// <summary>Runs of spaces, tabs and typographic spaces become one space; the line is trimmed.</summary>
    private static string CollapseSpaces(string line)
    {
        var builder = new System.Text.StringBuilder(line.Length);
        var pendingSpace = false;
        foreach (var c in line)
        {
            if (c is ' ' or '\t' or '\u2002' or '\u2003' or '\u2009')
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    [GeneratedRegex(@"\[(?:bookmark|image):[^\]]*\]", RegexOptions.IgnoreCase)]
    private static partial Regex ConversionMark();

    /// <summary>What Word leaves of a broken cross-reference or bookmark.</summary>
    [GeneratedRegex(@"Error!\s*(?:Bookmark\s+not\s+defined|Reference\s+source\s+not\s+found)\.")]
    private static partial Regex WordFieldError();

    [GeneratedRegex(@"^(?:TSB Circular \d+|电信标准化局第\d+号通函)?\s*\d+\s*/\s*\d+$")]
    private static partial Regex PageFooter();

    [GeneratedRegex(@"^-\s*\d+\s*-$")]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"^(TSB Circular \d+|电信标准化局第\d+号通函)(\s*\(.*\))?$")]
    private static partial Regex RunningHead();

    [GeneratedRegex(@"(?<![A-Za-z])ITU[ \u2011]T(?![A-Za-z])")]
    private static partial Regex ItuT();
}
