using System.Text;
using System.Text.RegularExpressions;

namespace Consultations.Domain.Tests.Import;

/// <summary>
/// Variants of a circular's text made by the transformations that real documents show (other Word versions, conversion
/// tools and editors). Each transformation keeps the facts: a variant's expected fields are those of its sample, with
/// the texts in the variant's order. Add a transformation whenever a real document surprises the reader.
/// </summary>
internal static partial class Variants
{
    public sealed record Variant(string Text, IReadOnlyList<string> Applied, IReadOnlyList<string> TextOrder);

    /// <summary>The transformations, each with its name; applied in this order, each with probability one half.</summary>
    private static readonly (string Name, Func<string, Random, string> Apply)[] Transformations =
    [
        ("annex heading case", (t, r) => AnnexHeading().Replace(t, m => Pick(r, "ANNEX 1", "Annex 1:", "ANNEX 1:", "Annex  1", "annex 1") + m.Groups[1].Value)),
        ("summary label case", (t, r) => SummaryLabel().Replace(t, _ => Pick(r, "SUMMARY", "Summary:", "Summary", "Summary :"))),
        ("text heading separator", (t, r) => TextHeadingStart().Replace(t, m => m.Groups["n"].Value + Pick(r, "\t", " ", ".\t", ". ", ")\t", "  "))),
        ("text heading case", (t, r) => TextHeadingWords().Replace(t, m => r.Next(2) == 0 ? m.Value.ToUpperInvariant() : m.Value)),
        ("document reference brackets", (t, r) => DocRefInBrackets().Replace(t, m => r.Next(2) == 0 ? $"({m.Groups[1].Value})" : $"[{m.Groups[1].Value}]")),
        ("former name with or without ex", (t, r) => FormerName().Replace(t, m => r.Next(2) == 0 ? $"(ex {m.Groups[1].Value})" : $"({m.Groups[1].Value})")),
        ("number without its dot", (t, r) => HeadingNumber().Replace(t, m => r.Next(3) == 0 ? m.Groups[1].Value + m.Groups[2].Value : m.Value)),
        ("tabs and double spaces", (t, r) => SingleSpace().Replace(t, m => r.Next(25) switch { 0 => "\t", 1 => "  ", _ => m.Value })),
        ("non-breaking spaces", (t, r) => SingleSpace().Replace(t, m => r.Next(20) == 0 ? "\u00A0" : m.Value)),
        ("typographic hyphens", (t, r) => t.Replace("ITU-T", r.Next(2) == 0 ? "ITU\u2011T" : "ITU T", StringComparison.Ordinal)),
        ("date line without comma", (t, r) => DateLine().Replace(t, m => Pick(r, "Geneva ", "Geneva,  ", "GENEVA, ") + m.Groups[1].Value)),
        ("deadline wording", (t, r) => DeadlineWords().Replace(t, _ => Pick(r, "by 23:59 hours UTC on ", "by 2359 hours (UTC) on ", "by 2359 UTC on ", "by 2359 hrs UTC on "))),
        ("headings wrapped or joined to their titles", WrapOrJoinHeadings),
        ("meeting stated in the subject only", (t, r) => SubjectStatesMeeting().IsMatch(t) ? MeetingSentence().Replace(t, "at its next meeting") : t),
        ("meeting sentence reworded", (t, r) => MeetingSentence().Replace(t, m => $"at its meeting to be held in {m.Groups["place"].Value}{Pick(r, ", ", " from ", " on ")}{m.Groups["days"].Value.Replace("from ", string.Empty, StringComparison.Ordinal)}")),
        ("optional paragraphs removed", (t, r) => OptionalParagraph().Replace(t, m => r.Next(2) == 0 ? string.Empty : m.Value)),
        ("page headers inserted", InsertPageHeaders),
        ("conversion marks inserted", (t, r) => LineStart().Replace(t, m => r.Next(15) == 0 ? $"[bookmark: _Hlk{r.Next(100000, 999999)}]" : m.Value)),
    ];

    /// <summary>The names of the transformations, reordering included.</summary>
    public static IReadOnlyList<string> Names => [.. Transformations.Select(t => t.Name), "texts reordered"];

    /// <summary>Variants of the sample; each lists the transformations that changed its text.</summary>
    public static IEnumerable<Variant> Of(string sample, int count, int seed)
    {
        for (var i = 0; i < count; i++)
        {
            var random = new Random(seed + i);
            var text = sample;
            var applied = new List<string>();
            foreach (var (name, apply) in Transformations)
            {
                if (random.Next(2) == 0)
                {
                    var changed = apply(text, random);
                    if (!string.Equals(changed, text, StringComparison.Ordinal))
                    {
                        applied.Add(name);
                    }

                    text = changed;
                }
            }

            var order = TextOrder(text);
            if (random.Next(2) == 0)
            {
                (text, order) = ReorderTexts(text, random);
                applied.Add("texts reordered");
            }

            yield return new Variant(text, applied, order);
        }
    }

    private static string Pick(Random random, params string[] choices) => choices[random.Next(choices.Length)];

    /// <summary>Each text heading, by chance, broken before its former name or reference, or followed on its line by the title.</summary>
    private static string WrapOrJoinHeadings(string text, Random random) =>
        HeadingWithNextLine().Replace(text, m => random.Next(3) switch
        {
            0 when WrapPoint().Match(m.Groups["heading"].Value) is { Success: true } at =>
                m.Groups["heading"].Value[..at.Index].TrimEnd() + "\n" + m.Groups["heading"].Value[at.Index..] + "\n" + m.Groups["next"].Value,
            1 => m.Groups["heading"].Value.TrimEnd() + " " + m.Groups["next"].Value,
            _ => m.Value,
        });

    private static string InsertPageHeaders(string text, Random random)
    {
        var lines = text.Split('\n').ToList();
        var chinese = ChineseCircularNumber().Match(text);
        var head = chinese.Success ? chinese.Value : $"TSB Circular {CircularNumber().Match(text).Groups[1].Value}";
        for (var page = 2; page < 6; page++)
        {
            var at = random.Next(1, lines.Count);
            lines.Insert(at, $"- {page} -\n{head}");
        }

        return string.Join('\n', lines);
    }

    /// <summary>The Recommendation numbers of Annex 1's headings, in the order they appear.</summary>
    private static IReadOnlyList<string> TextOrder(string text) =>
        SectionHeading().Matches(AnnexOneOf(text)).Select(m => m.Groups["rec"].Value).ToList();

    /// <summary>Shuffles the sections of Annex 1 (each heading with the lines under it), keeping their numbers.</summary>
    private static (string Text, IReadOnlyList<string> Order) ReorderTexts(string text, Random random)
    {
        var annex = AnnexOneOf(text);
        var starts = SectionHeading().Matches(annex).Select(m => m.Index).ToList();
        if (starts.Count < 2)
        {
            return (text, TextOrder(text));
        }

        var head = annex[..starts[0]];
        var sections = starts.Select((s, i) => annex[s..(i + 1 < starts.Count ? starts[i + 1] : annex.Length)]).ToList();
        var tail = string.Empty;
        var last = sections[^1];
        var annexTwo = AnnexTwo().Match(last);
        if (annexTwo.Success)
        {
            tail = last[annexTwo.Index..];
            sections[^1] = last[..annexTwo.Index];
        }

        sections = [.. sections.OrderBy(_ => random.Next())];
        var rebuilt = new StringBuilder(head);
        foreach (var section in sections)
        {
            rebuilt.Append(section.EndsWith('\n') ? section : section + "\n");
        }

        rebuilt.Append(tail);
        var result = text.Replace(annex, rebuilt.ToString(), StringComparison.Ordinal);
        return (result, TextOrder(result));
    }

    private static string AnnexOneOf(string text)
    {
        var start = AnnexHeadingAnyCase().Match(text);
        return start.Success ? text[start.Index..] : string.Empty;
    }

    [GeneratedRegex(@"(?m)^Annex 1(\s*)$")]
    private static partial Regex AnnexHeading();

    [GeneratedRegex(@"(?mi)^(?:\[bookmark:[^\]]*\])*annex\s*1\b")]
    private static partial Regex AnnexHeadingAnyCase();

    [GeneratedRegex(@"(?m)^(?:\[bookmark:[^\]]*\])*Annex\s+2\b")]
    private static partial Regex AnnexTwo();

    [GeneratedRegex(@"(?m)^Summary(?=\s*$)")]
    private static partial Regex SummaryLabel();

    [GeneratedRegex(@"(?m)^(?<n>\d{1,2})[\t ](?=Draft\b)")]
    private static partial Regex TextHeadingStart();

    [GeneratedRegex(@"Draft (?:new |revised )?(?:Amendment \d+ to )?Recommendation")]
    private static partial Regex TextHeadingWords();

    [GeneratedRegex(@"[\[(]((?:SG\d+-)?R\d+)[\])](?=\s*$)", RegexOptions.Multiline)]
    private static partial Regex DocRefInBrackets();

    [GeneratedRegex(@"\((?:ex )?([A-Z]\.[a-z0-9][\w-]*)\)(?=\s*[\[(](?:SG\d+-)?R\d+[\])]\s*$)", RegexOptions.Multiline)]
    private static partial Regex FormerName();

    [GeneratedRegex(@"(?m)(?<=^(?:\[bookmark:[^\]]*\])*[^\S\n]*\d{1,2}[.)]?[^\S\n]+Draft[^\n]*?Recommendation (?:ITU-T )?)([A-Z])\.(\d{3,4})\b")]
    private static partial Regex HeadingNumber();

    [GeneratedRegex(@"(?<=\S) (?=\S)")]
    private static partial Regex SingleSpace();

    [GeneratedRegex(@"Geneva,\s(\d{1,2}\s[A-Z][a-z]+\s\d{4})")]
    private static partial Regex DateLine();

    [GeneratedRegex(@"by\s2359\shours\sUTC\son\s")]
    private static partial Regex DeadlineWords();

    [GeneratedRegex(@"at\sits\snext\smeeting\s(?:in\smeeting\s)?in\s(?<place>Geneva),\s(?<days>(?:from\s)?\d{1,2}(?:\s[A-Z][a-z]+)?(?:\s\d{4})?\s*(?:-|–|to)\s*\d{1,2}\s[A-Z][a-z]+\s\d{4})")]
    private static partial Regex MeetingSentence();

    [GeneratedRegex(@"(?m)^(?:Dear Sir/Madam,|4\tIf 70% or more.*|Yours faithfully,|\tTel:|\tFax:)\n")]
    private static partial Regex OptionalParagraph();

    [GeneratedRegex(@"(?m)^(?<heading>(?:\[bookmark:[^\]]*\])*[^\S\n]*\d{1,2}[.)]?[^\S\n]+Draft\b[^\n]*[\])][^\S\n]*)\n(?<next>[^\n]+)", RegexOptions.IgnoreCase)]
    private static partial Regex HeadingWithNextLine();

    /// <summary>Where a heading breaks: before its former name, or before its reference when it has none.</summary>
    [GeneratedRegex(@"\s[(\[](?=(?:ex\s)?[A-Z]\.[a-z0-9]|(?:SG\d+-)?R\d+)")]
    private static partial Regex WrapPoint();

    [GeneratedRegex(@"\((?:Geneva|Virtual),\s\d")]
    private static partial Regex SubjectStatesMeeting();

    [GeneratedRegex(@"(?m)^(?=\S)")]
    private static partial Regex LineStart();

    [GeneratedRegex(@"TSB Circular (\d+)")]
    private static partial Regex CircularNumber();

    [GeneratedRegex(@"电信标准化局第\d+号通函")]
    private static partial Regex ChineseCircularNumber();

    [GeneratedRegex(@"(?m)^(?:\[bookmark:[^\]]*\])*[^\S\n]*\d{1,2}[.)]?[^\S\n]+Draft[^\S\n]+(?:(?:new|revised)[^\S\n]+)?(?:Amendment[^\S\n]+\d+[^\S\n]+to[^\S\n]+)?Recommendation[^\S\n]+(?:ITU[-\u2011 ]T[^\S\n]+)?(?<rec>[A-Z]\.?\d+)", RegexOptions.IgnoreCase)]
    private static partial Regex SectionHeading();
}
