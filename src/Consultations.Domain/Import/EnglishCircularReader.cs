using System.Globalization;
using System.Text.RegularExpressions;
using Consultations.Domain.Circulars;

namespace Consultations.Domain.Import;

internal static partial class EnglishCircularReader
{
    private const string Months = DateWords.EnglishMonths;

    public static ParsedCircular Read(IReadOnlyList<string> rawLines)
    {
        var lines = rawLines.Select(DocumentText.NormalizeItuT).ToList();
        var full = string.Join('\n', lines);
        var warnings = new List<ImportWarning>();

        var number = Number().Match(full) is { Success: true } n ? int.Parse(n.Groups[1].Value, CultureInfo.InvariantCulture) : (int?)null;
        if (number is null)
        {
            warnings.Add(new ImportWarning("The circular's number ('TSB Circular …') was not found."));
        }

        var date = ReadDate(DateLine().Match(full), "circular's date", warnings);
        if (date is null && !DateLine().IsMatch(full))
        {
            warnings.Add(new ImportWarning("The circular's date ('Geneva, 13 February 2026') was not found."));
        }

        var reference = lines.Take(40).FirstOrDefault(l => ReferenceLine().IsMatch(l));
        if (reference is null)
        {
            warnings.Add(new ImportWarning("The reference (e.g. SG17/XY) was not found."));
        }

        var studyGroup = StudyGroup().Match(full) is { Success: true } sg ? int.Parse(sg.Groups[1].Value, CultureInfo.InvariantCulture) : (int?)null;
        var meeting = ReadMeeting(full, warnings);
        var deadlineMatch = Deadline().Match(full);
        var deadline = deadlineMatch.Success ? ReadDate(deadlineMatch, "deadline", warnings) : null;
        if (!deadlineMatch.Success)
        {
            warnings.Add(new ImportWarning("The reply deadline ('by 2359 hours UTC on …') was not found."));
        }

        var texts = ReadTexts(lines, warnings);
        var notes = AttachNotes(LetterNotes(lines), texts);
        var subject = lines.SkipWhile(l => !l.StartsWith("Subject:", StringComparison.Ordinal)).Skip(1).FirstOrDefault() ?? string.Empty;
        ParserChecks.CheckTexts(texts, ParserChecks.NumbersIn(subject), warnings);
        ParserChecks.CheckDates(date, meeting, deadline, warnings);

        var addressees = LetterRecipients.Under(lines, "To:");
        return new ParsedCircular(number, "en", date, reference, studyGroup, addressees.Count == 0 ? null : string.Join("; ", addressees), meeting, deadline, texts, notes, warnings)
        {
            CopyTo = LetterRecipients.Under(lines, "Copy to:"),
            NoteExceptions = [.. notes.Select(n => ExceptionsIn(n.Text))],
        };
    }

    /// <summary>The TSB notes of the letter itself (before Annex 1); notes inside Annex 1 belong to their texts.</summary>
    private static List<string> LetterNotes(List<string> lines) =>
        lines.TakeWhile(l => !AnnexHeading().IsMatch(l) || AnnexHeading().Match(l).Groups[1].Value != "1")
            .Select(l => TsbNote().Match(l))
            .Where(m => m.Success)
            .Select(m => m.Groups[1].Value.Trim())
            .ToList();

    /// <summary>
    /// A note that names one text of Annex 1 (and is not an exception, "Except for X, …", which speaks of the others)
    /// is that text's note; the others are the circular's.
    /// </summary>
    private static List<CircularNote> AttachNotes(List<string> letterNotes, List<ParsedText> texts)
    {
        var notes = new List<CircularNote>();
        foreach (var note in letterNotes)
        {
            var named = ParserChecks.NumbersIn(note).Distinct().ToList();
            var index = named.Count == 1 && !ExceptFor().IsMatch(note)
                ? texts.FindIndex(t => t.Recommendation == named[0])
                : -1;
            if (index >= 0)
            {
                texts[index] = texts[index] with { Notes = [.. texts[index].Notes, note] };
            }
            else
            {
                notes.Add(new CircularNote(ParserChecks.NoteKindOf(note), note));
            }
        }

        return notes;
    }

    private static DateOnly? ReadDate(Match match, string what, List<ImportWarning> warnings)
    {
        if (!match.Success)
        {
            return null;
        }

        var month = DateWords.Month(match.Groups["month"].Value) ?? 0;
        return DateWords.Make(
            int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture),
            month,
            int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture),
            what,
            match.Value.Trim(),
            warnings);
    }

    /// <summary>
    /// The meeting as every sentence of the letter states it (subject, paragraph 1, the meeting sentence); the statement
    /// with the most detail is taken, and statements that disagree are reported rather than reconciled.
    /// </summary>
    private static ParsedMeeting ReadMeeting(string full, List<ImportWarning> warnings)
    {
        var statements = new List<(ParsedMeeting Meeting, string Source)>();
        foreach (var pattern in new[] { MeetingInParentheses(), MeetingInPlace(), MeetingOfStudyGroup() })
        {
            foreach (Match match in pattern.Matches(full))
            {
                if (ReadStatement(match, warnings) is { } statement)
                {
                    statements.Add(statement);
                }
            }
        }

        if (statements.Count == 0)
        {
            var vague = VagueMeeting().Match(full);
            return new ParsedMeeting(vague.Success ? vague.Groups["what"].Value.Trim() : null, null, null);
        }

        var days = statements.Where(s => s.Meeting.Start is not null).Select(s => (s.Meeting.Start, s.Meeting.End)).Distinct().ToList();
        var places = statements.Select(s => s.Meeting.Place).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (days.Count > 1 || places.Count > 1)
        {
            warnings.Add(new ImportWarning("The letter states the meeting differently ({0}): check its place and days.", string.Join("; ", statements.Select(s => s.Source).Distinct())));
        }

        var best = statements.OrderByDescending(s => (s.Meeting.Place is null ? 0 : 1) + (s.Meeting.Start is null ? 0 : 2)).First().Meeting;
        var place = best.Place ?? places.FirstOrDefault();
        if (place is null)
        {
            warnings.Add(new ImportWarning("The meeting's place was not found."));
        }

        return best with { Place = place };
    }

    private static (ParsedMeeting Meeting, string Source)? ReadStatement(Match match, List<ImportWarning> warnings)
    {
        var place = match.Groups["place"].Success ? match.Groups["place"].Value.Trim() : null;
        var endYear = int.Parse(match.Groups["y2"].Value, CultureInfo.InvariantCulture);
        var startYear = match.Groups["y1"].Success ? int.Parse(match.Groups["y1"].Value, CultureInfo.InvariantCulture) : endYear;
        var endMonth = DateWords.Month(match.Groups["m2"].Value) ?? 0;
        var startMonth = match.Groups["m1"].Success ? DateWords.Month(match.Groups["m1"].Value) ?? 0 : endMonth;
        var source = match.Groups["range"].Value;
        var start = DateWords.Make(startYear, startMonth, int.Parse(match.Groups["d1"].Value, CultureInfo.InvariantCulture), "first day of the meeting", source, warnings);
        var end = DateWords.Make(endYear, endMonth, int.Parse(match.Groups["d2"].Value, CultureInfo.InvariantCulture), "last day of the meeting", source, warnings);
        if (start is not null && end is not null && end < start)
        {
            warnings.Add(new ImportWarning("The meeting's days '{0}' end before they start: enter them by hand.", source));
            return (new ParsedMeeting(place, null, null), match.Value.Trim());
        }

        return (new ParsedMeeting(place, start, end), match.Value.Trim());
    }

    private static List<ParsedText> ReadTexts(List<string> lines, List<ImportWarning> warnings)
    {
        if (AnnexOne.Sections(JoinWrappedHeadings(lines), AnnexHeading(), TextHeading()) is not { } sections)
        {
            warnings.Add(new ImportWarning("Annex 1 was not found."));
            return [];
        }

        return sections.Select(section => BuildText(section.Heading, section.Body, warnings)).ToList();
    }

    /// <summary>
    /// A text's heading that a narrow page or a converter broke before its former name or document reference
    /// ("1 Draft new Recommendation ITU-T X.1150" / "(X.saf-dfs) [R50]") is read as one line.
    /// </summary>
    private static List<string> JoinWrappedHeadings(List<string> lines)
    {
        var joined = new List<string>(lines.Count);
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            while (TextHeading().Match(line) is { Success: true } heading && !heading.Groups["doc"].Success
                && i + 1 < lines.Count && lines[i + 1].Length > 0 && lines[i + 1][0] is '(' or '[')
            {
                line = $"{line} {lines[++i]}";
            }

            joined.Add(line);
        }

        return joined;
    }

    private static ParsedText BuildText(Match heading, List<string> body, List<ImportWarning> warnings)
    {
        var kind = heading.Groups["amendment"].Success ? DraftTextKind.Amendment
            : heading.Groups["kind"].Value.Trim().Equals("revised", StringComparison.OrdinalIgnoreCase) ? DraftTextKind.Revised
            : DraftTextKind.New;
        var summaryAt = body.FindIndex(l => SummaryLabel().IsMatch(l));
        // The title is the line after the heading, or the rest of the heading's own line when a converter joined them.
        var titleOnHeading = heading.Groups["title"].Success ? heading.Groups["title"].Value.Trim() : null;
        var title = titleOnHeading ?? (summaryAt == 0 || body.Count == 0 ? string.Empty : body[0]);
        var summaryLines = summaryAt >= 0 ? body.Skip(summaryAt + 1) : body.Skip(titleOnHeading is null ? 1 : 0);
        // A note under a text ("NOTE – …", "TSB NOTE – …") is the text's, never part of its summary.
        var notes = summaryLines.Where(l => l.StartsWith("NOTE", StringComparison.Ordinal) || TsbNote().IsMatch(l)).ToList();
        var summary = string.Join('\n', summaryLines.Where(l => !notes.Contains(l)));

        notes = [.. notes.Select(n => TsbNote().Match(n) is { Success: true } tsb ? tsb.Groups[1].Value.Trim() : n)];
        return new ParsedText(
            int.Parse(heading.Groups["position"].Value, CultureInfo.InvariantCulture),
            kind,
            ParserChecks.NormalizeRecommendation(heading.Groups["rec"].Value, warnings),
            heading.Groups["amendment"].Success ? int.Parse(heading.Groups["amendment"].Value, CultureInfo.InvariantCulture) : null,
            heading.Groups["prov"].Success ? heading.Groups["prov"].Value.Trim() : null,
            title,
            summary.Length == 0 ? null : summary,
            heading.Groups["doc"].Success ? heading.Groups["doc"].Value.Trim() : null,
            notes);
    }

    /// <summary>The texts an exception names: "Except for draft new Recommendations X.1221 (X.stie), X.1222 (X.taeii), no …".</summary>
    private static IReadOnlyList<string> ExceptionsIn(string note) =>
        ExceptFor().Match(note) is { Success: true } except ? [.. ParserChecks.NumbersIn(except.Groups[1].Value).Distinct()] : [];

    private const string Range =
        @"(?<range>(?:from\s+)?(?<d1>\d{1,2})(?:\s+(?<m1>" + Months + @"))?(?:\s+(?<y1>\d{4}))?\s*(?:-|–|—|to)\s*(?<d2>\d{1,2})\s+(?<m2>" + Months + @")\s+(?<y2>\d{1,4}))";

    [GeneratedRegex(@"TSB Circular\s+(\d+)")]
    private static partial Regex Number();

    [GeneratedRegex(@"(?:Geneva|Genève|Geneve),?\s*(?<day>\d{1,2})\s+(?<month>" + Months + @")\s+(?<year>\d{1,4})", RegexOptions.IgnoreCase)]
    private static partial Regex DateLine();

    [GeneratedRegex(@"^[A-Z]{2,}\d*/[A-Z0-9]{1,10}$")]
    private static partial Regex ReferenceLine();

    [GeneratedRegex(@"Study Group\s+(\d{1,2})\b")]
    private static partial Regex StudyGroup();

    [GeneratedRegex(@"(?:by|no\s+later\s+than)\s+23:?59\s*(?:hours|hrs\.?|h)?\s*\(?UTC\)?\s*(?:on\s+)?(?<day>\d{1,2})\s+(?<month>" + Months + @")\s+(?<year>\d{1,4})", RegexOptions.IgnoreCase)]
    private static partial Regex Deadline();

    [GeneratedRegex(@"\((?<place>[A-Z][\p{L} .'-]+?),\s*" + Range + @"\)")]
    private static partial Regex MeetingInParentheses();

    [GeneratedRegex(@"meeting\s+(?:in\s+meeting\s+|to\s+be\s+held\s+)?in\s+(?<place>[A-Z][\p{L} .'-]+?)(?:,\s*|\s+(?=from\s)|\s+on\s+)" + Range)]
    private static partial Regex MeetingInPlace();

    [GeneratedRegex(@"Study Group\s+\d+,\s*" + Range)]
    private static partial Regex MeetingOfStudyGroup();

    [GeneratedRegex(@"meeting\s*\((?<what>[^)]*\d{4}[^)]*)\)")]
    private static partial Regex VagueMeeting();

    [GeneratedRegex(@"^Except\s+for\s+([^;]*?),\s*(?:no|an?|the)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ExceptFor();

    [GeneratedRegex(@"^summary\s*:?$", RegexOptions.IgnoreCase)]
    private static partial Regex SummaryLabel();

    [GeneratedRegex(@"^TSB NOTE\s*\d*\s*[–-]\s*(.+)$")]
    private static partial Regex TsbNote();

    [GeneratedRegex(@"^annex\s*(\d)\b\s*(?:[:.–-].*)?$", RegexOptions.IgnoreCase)]
    private static partial Regex AnnexHeading();

    [GeneratedRegex(@"^(?<position>\d{1,2})[.)]?\s+Draft\s+(?<kind>new\s+|revised\s+)?(?:(?:new\s+)?Amendment\s+(?<amendment>\d+)\s+to\s+)?(?:new\s+|revised\s+)?Recommendation\s+(?:ITU-T\s+)?(?<rec>[A-Z]\.?\s?\d+(?:\.\d+)*)\s*(?:\((?:ex\s+)?(?<prov>[A-Z]\.[^)]+)\))?\s*,?\s*(?:[\[(](?<doc>[^\])]+)[\])])?(?:\s+(?<title>\S.*))?$", RegexOptions.IgnoreCase)]
    private static partial Regex TextHeading();
}
