using System.Text.RegularExpressions;
using Consultations.Domain.Circulars;

namespace Consultations.Domain.Import;

/// <summary>Cross-checks that hold whatever the language of the circular.</summary>
internal static partial class ParserChecks
{
    public static string NormalizeRecommendation(string raw, ICollection<string> warnings)
    {
        var compact = raw.Replace(" ", string.Empty, StringComparison.Ordinal);
        var match = Recommendation().Match(compact);
        if (!match.Success)
        {
            warnings.Add($"'{raw}' does not look like a Recommendation number: check it.");
            return compact;
        }

        var normalized = $"{match.Groups["series"].Value}.{match.Groups["number"].Value}";
        if (!compact.Contains('.', StringComparison.Ordinal))
        {
            warnings.Add($"'{raw}' was read as {normalized}.");
        }

        return normalized;
    }

    public static void CheckDates(DateOnly? date, ParsedMeeting meeting, DateOnly? deadline, ICollection<string> warnings)
    {
        if (meeting.Start is null)
        {
            warnings.Add("The meeting's exact days were not found: enter them, and the deadline will be proposed from them.");
        }

        if (deadline is not null && date is not null && deadline < date)
        {
            warnings.Add("The deadline comes before the circular's date: check both.");
        }

        if (deadline is not null && meeting.Start is not null)
        {
            if (deadline >= meeting.Start)
            {
                warnings.Add("The deadline is not before the meeting: check both.");
            }
            else if (TapCalendar.ProposedDeadline(meeting.Start) is { } proposed && proposed != deadline)
            {
                warnings.Add($"The deadline {deadline:yyyy-MM-dd} differs from {proposed:yyyy-MM-dd}, the date that leaves seven working days before the meeting.");
            }
        }

        if (date is not null && meeting.Start is not null && !TapCalendar.MeetsNotice(date.Value, meeting.Start.Value))
        {
            warnings.Add("The circular is dated less than three months before the meeting (Res. 1, 9.3.3).");
        }
    }

    public static void CheckTexts(IReadOnlyList<ParsedText> texts, IEnumerable<string> announced, ICollection<string> warnings)
    {
        if (texts.Count == 0)
        {
            warnings.Add("No draft text was found in Annex 1: add the texts by hand.");
            return;
        }

        foreach (var text in texts.Where(t => string.IsNullOrWhiteSpace(t.Title)))
        {
            warnings.Add($"No title was found for {text.Recommendation}.");
        }

        foreach (var text in texts.Where(t => string.IsNullOrWhiteSpace(t.Summary)))
        {
            warnings.Add($"No summary was found for {text.Recommendation}.");
        }

        foreach (var text in texts.Where(t => t.DocumentRef is null))
        {
            warnings.Add($"No document reference (e.g. SG17-R25) was found for {text.Recommendation}.");
        }

        var found = texts.Select(t => t.Recommendation).ToHashSet(StringComparer.Ordinal);
        foreach (var number in announced.Distinct().Where(n => !found.Contains(n)))
        {
            warnings.Add($"The circular announces {number}, but Annex 1 has no section for it.");
        }

        for (var i = 0; i < texts.Count; i++)
        {
            if (texts[i].Position != i + 1)
            {
                warnings.Add($"Annex 1 numbers its texts out of order near {texts[i].Recommendation}.");
                break;
            }
        }
    }

    /// <summary>Recommendation numbers named in a line, normalized (X1373 -> X.1373).</summary>
    public static IEnumerable<string> NumbersIn(string line) =>
        Mentioned().Matches(line).Select(m => $"{m.Groups["series"].Value}.{m.Groups["number"].Value}");

    public static NoteKind NoteKindOf(string note) =>
        note.Contains("A.5", StringComparison.Ordinal) ? NoteKind.A5Justification
        : note.Contains("IPR", StringComparison.Ordinal) || note.Contains("知识产权", StringComparison.Ordinal) ? NoteKind.Ipr
        : NoteKind.Other;

    [GeneratedRegex(@"^(?<series>[A-Z])\.?(?<number>\d+(?:\.\d+)*)$")]
    private static partial Regex Recommendation();

    [GeneratedRegex(@"(?<![\w.])(?<series>[A-Z])\.?(?<number>\d{3,5})(?![\w])")]
    private static partial Regex Mentioned();
}
