using System.Globalization;
using System.Text.RegularExpressions;
using Consultations.Domain.Circulars;

namespace Consultations.Domain.Import;

/// <summary>The Chinese version of a circular: the same facts, written the Chinese way.</summary>
internal static partial class ChineseCircularReader
{
    public static ParsedCircular Read(IReadOnlyList<string> rawLines)
    {
        var lines = rawLines.Select(DocumentText.NormalizeItuT).ToList();
        var full = string.Join('\n', lines);
        var warnings = new List<ImportWarning>();

        var number = Number().Match(full) is { Success: true } n ? int.Parse(n.Groups[1].Value, CultureInfo.InvariantCulture) : (int?)null;
        if (number is null)
        {
            warnings.Add(new ImportWarning("The circular's number (电信标准化局第…号通函) was not found."));
        }

        var dateMatch = DateLine().Match(full);
        var date = dateMatch.Success ? Make(dateMatch, "y", "m", "d", "circular's date", warnings) : null;
        if (!dateMatch.Success)
        {
            warnings.Add(new ImportWarning("The circular's date (…年…月…日，日内瓦) was not found."));
        }

        var reference = lines.Take(40).FirstOrDefault(l => ReferenceLine().IsMatch(l));
        var studyGroup = StudyGroup().Match(full) is { Success: true } sg ? int.Parse(sg.Groups[1].Value, CultureInfo.InvariantCulture) : (int?)null;
        var meeting = ReadMeeting(full, warnings);
        var deadlineMatch = Deadline().Match(full);
        var deadline = deadlineMatch.Success ? Make(deadlineMatch, "y", "m", "d", "deadline", warnings) : null;
        if (!deadlineMatch.Success)
        {
            warnings.Add(new ImportWarning("The reply deadline (协调世界时（UTC）…) was not found."));
        }

        var notes = lines.Select(l => TsbNote().Match(l)).Where(m => m.Success)
            .Select(m => new CircularNote(ParserChecks.NoteKindOf(m.Groups[1].Value), m.Groups[1].Value.Trim()))
            .ToList();
        var texts = ReadTexts(lines, warnings);
        var subject = lines.SkipWhile(l => !l.StartsWith("事由", StringComparison.Ordinal)).Skip(1).FirstOrDefault() ?? string.Empty;
        ParserChecks.CheckTexts(texts, ParserChecks.NumbersIn(subject), warnings);
        ParserChecks.CheckDates(date, meeting, deadline, warnings);

        var addressees = LetterRecipients.Under(lines, "致：", "致:");
        return new ParsedCircular(number, "zh", date, reference, studyGroup, addressees.Count == 0 ? null : string.Join("; ", addressees), meeting, deadline, texts, notes, warnings)
        {
            CopyTo = LetterRecipients.Under(lines, "抄送：", "抄送:"),
            NoteExceptions = [.. notes.Select(_ => (IReadOnlyList<string>)[])],
        };
    }

    private static DateOnly? Make(Match match, string year, string month, string day, string what, List<ImportWarning> warnings) =>
        DateWords.Make(
            int.Parse(match.Groups[year].Value, CultureInfo.InvariantCulture),
            int.Parse(match.Groups[month].Value, CultureInfo.InvariantCulture),
            int.Parse(match.Groups[day].Value, CultureInfo.InvariantCulture),
            what,
            match.Value,
            warnings);

    private static ParsedMeeting ReadMeeting(string full, List<ImportWarning> warnings)
    {
        var match = MeetingInParentheses().Match(full);
        if (!match.Success)
        {
            match = MeetingInBody().Match(full);
        }

        if (!match.Success)
        {
            return new ParsedMeeting(null, null, null);
        }

        var endMonth = match.Groups["m2"].Success ? "m2" : "m1";
        return new ParsedMeeting(
            match.Groups["place"].Value.Trim(),
            Make(match, "y", "m1", "d1", "first day of the meeting", warnings),
            Make(match, "y", endMonth, "d2", "last day of the meeting", warnings));
    }

    private static List<ParsedText> ReadTexts(List<string> lines, List<ImportWarning> warnings)
    {
        if (AnnexOne.Sections(lines, Annex(), TextHeading()) is not { } sections)
        {
            warnings.Add(new ImportWarning("Annex 1 (附件1) was not found."));
            return [];
        }

        var texts = new List<ParsedText>();
        foreach (var (match, body) in sections)
        {
            var summaryAt = body.FindIndex(l => l == "摘要");
            var description = match.Groups["description"].Value;
            var amendment = AmendmentNumber().Match(description);
            texts.Add(new ParsedText(
                int.Parse(match.Groups["position"].Value, CultureInfo.InvariantCulture),
                amendment.Success ? DraftTextKind.Amendment : description.Contains("修订", StringComparison.Ordinal) ? DraftTextKind.Revised : DraftTextKind.New,
                ParserChecks.NormalizeRecommendation(match.Groups["rec"].Value, warnings),
                amendment.Success ? int.Parse(amendment.Groups[1].Value, CultureInfo.InvariantCulture) : null,
                match.Groups["prov"].Success ? match.Groups["prov"].Value.Trim() : null,
                summaryAt == 0 || body.Count == 0 ? string.Empty : body[0],
                summaryAt >= 0 ? string.Join('\n', body.Skip(summaryAt + 1)) is { Length: > 0 } s ? s : null : null,
                match.Groups["doc"].Success ? match.Groups["doc"].Value.Trim() : null,
                []));
        }

        return texts;
    }

    [GeneratedRegex(@"电信标准化局第(\d+)号通函")]
    private static partial Regex Number();

    [GeneratedRegex(@"(?<y>\d{1,4})年(?<m>\d{1,2})月(?<d>\d{1,2})日，日内瓦")]
    private static partial Regex DateLine();

    [GeneratedRegex(@"^[A-Z]{2,}\d*/[A-Z0-9]{1,10}$")]
    private static partial Regex ReferenceLine();

    [GeneratedRegex(@"第(\d{1,2})研究组")]
    private static partial Regex StudyGroup();

    [GeneratedRegex(@"UTC[）)]\s*(?<y>\d{1,4})年(?<m>\d{1,2})月(?<d>\d{1,2})日")]
    private static partial Regex Deadline();

    [GeneratedRegex(@"（(?<y>\d{4})年(?<m1>\d{1,2})月(?<d1>\d{1,2})日?\s*[-–至]\s*(?:(?<m2>\d{1,2})月)?(?<d2>\d{1,2})日，(?<place>[^）]+)）")]
    private static partial Regex MeetingInParentheses();

    [GeneratedRegex(@"(?<y>\d{4})年(?<m1>\d{1,2})月(?<d1>\d{1,2})日至(?:(?<m2>\d{1,2})月)?(?<d2>\d{1,2})日在(?<place>\p{L}+?)举行")]
    private static partial Regex MeetingInBody();

    [GeneratedRegex(@"^电信标准化局注\s*\d*\s*[–-]\s*(.+)$")]
    private static partial Regex TsbNote();

    [GeneratedRegex(@"^附件\s*(\d)")]
    private static partial Regex Annex();

    [GeneratedRegex(@"^(?<position>\d{1,2})\s+ITU-T\s+(?<rec>[A-Z]\.?\d+(?:\.\d+)*)(?:（原(?<prov>[^）]+)）)?(?<description>[^（]*)(?:（(?<doc>[^）]+)）)?$")]
    private static partial Regex TextHeading();

    [GeneratedRegex(@"第(\d+)号修正")]
    private static partial Regex AmendmentNumber();
}
