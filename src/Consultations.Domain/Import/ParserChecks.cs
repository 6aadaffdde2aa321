using System.Globalization;
using System.Text.RegularExpressions;
using Consultations.Domain.Circulars;

namespace Consultations.Domain.Import;

/// <summary>Cross-checks that hold whatever the language of the circular.</summary>
internal static partial class ParserChecks
{
    public static string NormalizeRecommendation(string raw, ICollection<ImportWarning> warnings)
    {
        var compact = raw.Replace(" ", string.Empty, StringComparison.Ordinal);
        var match = Recommendation().Match(compact);
        if (!match.Success)
        {
            warnings.Add(new ImportWarning("'{0}' does not look like a Recommendation number: check it.", raw));
            return compact;
        }

        var normalized = $"{match.Groups["series"].Value}.{match.Groups["number"].Value}";
        if (!compact.Contains('.', StringComparison.Ordinal))
        {
            warnings.Add(new ImportWarning("'{0}' was read as {1}.", raw, normalized));
        }

        return normalized;
    }

    public static void CheckDates(DateOnly? date, ParsedMeeting meeting, DateOnly? deadline, ICollection<ImportWarning> warnings)
    {
        if (meeting.Start is null)
        {
            warnings.Add(new ImportWarning("The meeting's exact days were not found: enter them, and the deadline will be proposed from them."));
        }

        if (deadline is not null && date is not null && deadline < date)
        {
            warnings.Add(new ImportWarning("The deadline comes before the circular's date: check both."));
        }

        if (deadline is not null && meeting.Start is not null)
        {
            if (deadline >= meeting.Start)
            {
                warnings.Add(new ImportWarning("The deadline is not before the meeting: check both."));
            }
            else if (TapCalendar.ProposedDeadline(meeting.Start) is { } proposed && proposed != deadline)
            {
                warnings.Add(new ImportWarning("The deadline {0} differs from {1}, the date that leaves seven working days before the meeting.", deadline.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), proposed.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
            }
        }

        if (date is not null && meeting.Start is not null && !TapCalendar.MeetsNotice(date.Value, meeting.Start.Value))
        {
            warnings.Add(new ImportWarning("The circular is dated less than three months before the meeting (Res. 1, 9.3.3)."));
        }
    }

    public static void CheckTexts(IReadOnlyList<ParsedText> texts, IEnumerable<string> announced, ICollection<ImportWarning> warnings)
    {
        if (texts.Count == 0)
        {
            warnings.Add(new ImportWarning("No draft text was found in Annex 1: add the texts by hand."));
            return;
        }

        foreach (var text in texts.Where(t => string.IsNullOrWhiteSpace(t.Title)))
        {
            warnings.Add(new ImportWarning("No title was found for {0}.", text.Recommendation));
        }

        foreach (var text in texts.Where(t => string.IsNullOrWhiteSpace(t.Summary)))
        {
            warnings.Add(new ImportWarning("No summary was found for {0}.", text.Recommendation));
        }

        foreach (var text in texts.Where(t => t.DocumentRef is null))
        {
            warnings.Add(new ImportWarning("No document reference (e.g. SG17-R25) was found for {0}.", text.Recommendation));
        }

        var found = texts.Select(t => t.Recommendation).ToHashSet(StringComparer.Ordinal);
        foreach (var number in announced.Distinct().Where(n => !found.Contains(n)))
        {
            warnings.Add(new ImportWarning("The circular announces {0}, but Annex 1 has no section for it.", number));
        }

        for (var i = 0; i < texts.Count; i++)
        {
            if (texts[i].Position != i + 1)
            {
                warnings.Add(new ImportWarning("Annex 1 numbers its texts out of order near {0}.", texts[i].Recommendation));
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
