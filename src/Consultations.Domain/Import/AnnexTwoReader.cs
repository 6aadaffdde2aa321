using System.Text.RegularExpressions;
using Consultations.Domain.Circulars;
using Consultations.Domain.Replies;

namespace Consultations.Domain.Import;

/// <summary>What a filled Annex 2 says, for TSB to confirm before recording the reply.</summary>
public sealed record AnnexTwoReading(
    IReadOnlyList<AnnexTwoChoice> Choices,
    IReadOnlyList<AnnexTwoProblem> Problems,
    string? SignatoryName,
    string? SignatoryTitle,
    string? Place);

public sealed record AnnexTwoChoice(int TextId, Opinion Opinion, string? Comment);

/// <summary>A text whose choice the form does not state clearly; TSB enters it by hand.</summary>
public sealed record AnnexTwoProblem(int TextId, string TextNumber, AnnexTwoProblemKind Kind);

public enum AnnexTwoProblemKind
{
    NotInForm,
    NoBoxTicked,
    BothBoxesTicked,
    NoOptionTicked,
    BothOptionsTicked,
}

/// <summary>
/// Reads the ticked boxes, comments and signatory of a filled Annex 2: the form the portal generates, or a typed copy
/// of a circular's own form (English or Chinese). A box is ticked when it holds a mark (☒, ☑, X, ✓, |X|, [x]), an option when its circle is filled (●); Word's
/// check boxes come out of the document as ☒ or ☐. Only what is unambiguous is read; every other text is named.
/// </summary>
public static partial class AnnexTwoReader
{
    public const string Ticked = "☒";
    public const string Empty = "☐";

    public static AnnexTwoReading Read(string text, IReadOnlyList<DraftText> texts)
    {
        ArgumentNullException.ThrowIfNull(text);
        var all = DocumentText.CleanLines(text).ToList();
        var annexAt = all.FindLastIndex(l => AnnexTwoHeading().IsMatch(l));
        var lines = annexAt >= 0 ? all.Skip(annexAt + 1).ToList() : all;
        var closingAt = lines.FindLastIndex(IsClosing);
        var form = closingAt >= 0 ? lines.Take(closingAt).ToList() : lines;

        var headings = form.Select((line, index) => (Line: line, Index: index)).Where(h => IsTextHeading(h.Line)).ToList();
        var choices = new List<AnnexTwoChoice>();
        var problems = new List<AnnexTwoProblem>();
        foreach (var draft in texts)
        {
            var found = headings.FindIndex(h => Names(h.Line, draft, texts));
            if (found < 0)
            {
                problems.Add(new AnnexTwoProblem(draft.Id, draft.DisplayNumber, AnnexTwoProblemKind.NotInForm));
                continue;
            }

            var end = found + 1 < headings.Count ? headings[found + 1].Index : form.Count;
            var block = form.Skip(headings[found].Index + 1).Take(end - headings[found].Index - 1).ToList();
            switch (Decide(block))
            {
                case Opinion opinion:
                    choices.Add(new AnnexTwoChoice(draft.Id, opinion, Comment(block)));
                    break;
                case AnnexTwoProblemKind problem:
                    problems.Add(new AnnexTwoProblem(draft.Id, draft.DisplayNumber, problem));
                    break;
            }
        }

        var (name, title) = Signatory(closingAt >= 0 ? lines.Skip(closingAt + 1).ToList() : []);
        return new AnnexTwoReading(choices, problems, name, title, Place(form));
    }

    private static object Decide(List<string> block)
    {
        var boxes = block.Select(l => BoxLine().Match(l)).Where(m => m.Success)
            .Select(m => (Ticked: IsTicked(m.Groups["box"].Value), Kind: KindOf(m.Groups["words"].Value)))
            .Where(b => b.Kind is not null)
            .ToList();
        bool TickedAs(string kind) => boxes.Any(b => b.Ticked && b.Kind == kind);
        var assigns = TickedAs("assigns");
        var noComments = TickedAs("no-comments");
        var withComments = TickedAs("with-comments");
        var doesNot = TickedAs("does-not");
        var anyAssigning = assigns || noComments || withComments;
        return (anyAssigning, doesNot) switch
        {
            (true, true) => AnnexTwoProblemKind.BothBoxesTicked,
            (false, false) => AnnexTwoProblemKind.NoBoxTicked,
            (false, true) => Opinion.DoesNotAssignAuthority,
            _ => (noComments, withComments) switch
            {
                (true, true) => AnnexTwoProblemKind.BothOptionsTicked,
                (true, false) => Opinion.AssignsAuthorityNoComments,
                (false, true) => Opinion.AssignsAuthorityWithComments,
                _ => AnnexTwoProblemKind.NoOptionTicked,
            },
        };
    }

    private static string? KindOf(string words) =>
        DoesNotAssign().IsMatch(words) ? "does-not"
        : Assigns().IsMatch(words) ? "assigns"
        : NoComments().IsMatch(words) ? "no-comments"
        : WithComments().IsMatch(words) ? "with-comments"
        : null;

    private static bool IsTicked(string box) => box.IndexOfAny(['x', 'X', '✓', '✔', '☑', '☒', '■', '✗', '✘', '⊠', '●', '◉', '⦿', '⊙']) >= 0;

    private static string? Comment(List<string> block)
    {
        var labelAt = block.FindIndex(l => CommentsLabel().IsMatch(l));
        if (labelAt < 0)
        {
            return null;
        }

        var first = CommentsLabel().Match(block[labelAt]).Groups["rest"].Value.Trim();
        var lines = (first.Length > 0 ? [first] : new List<string>())
            .Concat(block.Skip(labelAt + 1).Where(l => !BoxLine().IsMatch(l)))
            .ToList();
        var comment = string.Join('\n', lines).Trim();
        return comment.Length == 0 ? null : comment;
    }

    private static (string? Name, string? Title) Signatory(List<string> afterClosing)
    {
        var lines = afterClosing.Where(l => l.Length > 0 && !l.All(c => c is '_' or '-')).ToList();
        string? Filled(int index) =>
            index < lines.Count && !lines[index].StartsWith('[') && !AdministrationLine().IsMatch(lines[index]) ? lines[index] : null;
        return (Filled(0), Filled(1));
    }

    private static string? Place(List<string> form)
    {
        var dateAt = form.FindIndex(l => DateLabel().IsMatch(l));
        if (dateAt < 0)
        {
            return null;
        }

        var value = DateLabel().Match(form[dateAt]).Groups["rest"].Value.Trim() is { Length: > 0 } inline
            ? inline
            : form.Skip(dateAt + 1).FirstOrDefault(l => l.Length > 0) ?? string.Empty;
        var place = value.Split([',', '，'], 2)[0].Trim();
        return place.Length == 0 || place.StartsWith('[') || !value.Contains(',') && !value.Contains('，') ? null : place;
    }

    private static bool IsClosing(string line) => Closing().IsMatch(line);

    /// <summary>A line that names one text (a subject line that lists several is not a heading).</summary>
    private static bool IsTextHeading(string line) =>
        !BoxLine().IsMatch(line)
        && (EnglishHeading().IsMatch(line) || ChineseHeading().IsMatch(line))
        && RecommendationNumber().Matches(line).Select(m => m.Value.Replace(" ", string.Empty, StringComparison.Ordinal)).Distinct().Count() == 1;

    /// <summary>Whether a heading of the form names this text: its Recommendation, and its amendment when several texts share it.</summary>
    private static bool Names(string heading, DraftText draft, IReadOnlyList<DraftText> texts)
    {
        if (RecommendationNumber().Match(heading) is not { Success: true } number
            || number.Value.Replace(" ", string.Empty, StringComparison.Ordinal) != draft.Recommendation)
        {
            return false;
        }

        var amendment = AmendmentNumber().Match(heading);
        var sameRecommendation = texts.Count(t => t.Recommendation == draft.Recommendation);
        return amendment.Success
            ? draft.AmendmentNumber?.ToString(System.Globalization.CultureInfo.InvariantCulture) == (amendment.Groups[1].Success ? amendment.Groups[1].Value : amendment.Groups[2].Value)
            : sameRecommendation == 1 || draft.Kind != DraftTextKind.Amendment;
    }

    [GeneratedRegex(@"^(?:annex\s*2\b|附件\s*2)", RegexOptions.IgnoreCase)]
    private static partial Regex AnnexTwoHeading();

    [GeneratedRegex(@"^(?:Yours faithfully|顺致敬意)")]
    private static partial Regex Closing();

    [GeneratedRegex(@"^Draft\b.*\b[A-Z]\.\s?\d", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishHeading();

    [GeneratedRegex(@"^(?:ITU-T\s*)?[A-Z]\.\d+(?:\.\d+)*.*草案")]
    private static partial Regex ChineseHeading();

    [GeneratedRegex(@"(?<![A-Za-z0-9])[A-Z]\.\s?\d+(?:\.\d+)*(?![A-Za-z0-9-])")]
    private static partial Regex RecommendationNumber();

    [GeneratedRegex(@"Amendment\s+(\d+)|第(\d+)号修正", RegexOptions.IgnoreCase)]
    private static partial Regex AmendmentNumber();

    [GeneratedRegex(@"^(?<box>\|[_ xX✓✔]?\||\[[ xX✓✔]?\]|\([ xX✓✔]?\)|[☐☑☒■□✓✔✗✘⊠\u20DD○●◉⦿⊙]|[xX](?=\s))\s*(?<words>.*)$")]
    private static partial Regex BoxLine();

    [GeneratedRegex(@"^(?:does\s+not\s+assign|不授权)", RegexOptions.IgnoreCase)]
    private static partial Regex DoesNotAssign();

    [GeneratedRegex(@"^(?:assigns\s+authority|授权)", RegexOptions.IgnoreCase)]
    private static partial Regex Assigns();

    [GeneratedRegex(@"^(?:no\s+comments|无意见)", RegexOptions.IgnoreCase)]
    private static partial Regex NoComments();

    [GeneratedRegex(@"^(?:comments\s+and\s+suggested\s+changes|后附意见)", RegexOptions.IgnoreCase)]
    private static partial Regex WithComments();

    [GeneratedRegex(@"^(?:Comments,\s*or\s*reasons[^:]*:|意见，或理由[^：]*：)(?<rest>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex CommentsLabel();

    [GeneratedRegex(@"^(?:Date:|日期：)(?<rest>.*)$")]
    private static partial Regex DateLabel();

    [GeneratedRegex(@"^Administration of\b|主管部门$")]
    private static partial Regex AdministrationLine();
}
