using System.Globalization;
using Consultations.Domain.Circulars;

namespace Consultations.Infrastructure.Documents.Letters;

/// <summary>
/// The fixed wording of a TSB Circular under the TAP in one language, as TSB's own circulars write it. Only the
/// languages whose wording is taken from TSB's published circulars are offered (English and Chinese); the others are
/// added here from TSB's own versions, never translated by the portal.
/// </summary>
public abstract class LetterWording
{
    public static readonly IReadOnlyList<string> Languages = ["en", "zh"];

    public abstract string Language { get; }

    public static LetterWording? For(string language) => language switch
    {
        "en" => new EnglishLetterWording(),
        "zh" => new ChineseLetterWording(),
        _ => null,
    };

    public abstract string Union { get; }

    public abstract string Bureau { get; }

    public abstract string DateLine(DateOnly date);

    public abstract string ReferenceLabel { get; }

    public abstract string CircularName(int number);

    public abstract string ToLabel { get; }

    public abstract string CopyToLabel { get; }

    public abstract string SubjectLabel { get; }

    /// <summary>An addressee or copy-to line as held (English), in this language where TSB's wording for it is known.</summary>
    public virtual string Recipient(string english) => english;

    public abstract string Subject(Circular circular, IReadOnlyList<DraftText> texts);

    public abstract string Salutation { get; }

    public abstract IReadOnlyList<string> Paragraphs(Circular circular);

    public abstract string Note(int number, string text);

    public abstract string TextNote(string text);

    /// <summary>Whether a note that concerns one text is printed under it in Annex 1, or among the letter's notes.</summary>
    public virtual bool TextNotesInAnnex => true;

    public abstract string Closing { get; }

    public abstract string Director { get; }

    public abstract string AnnexHeading(int number);

    public abstract string AnnexOneTitle(Circular circular, IReadOnlyList<DraftText> texts);

    public abstract string TextHeading(DraftText text);

    public abstract string SummaryLabel { get; }

    public abstract string AnnexTwoSubject(Circular circular, IReadOnlyList<DraftText> texts);

    public abstract string AnnexTwoIntroduction(Circular circular);

    public abstract string FormTextLabel(DraftText text);

    public abstract string AssignsAuthority(int studyGroup);

    public abstract string NoComments { get; }

    public abstract string CommentsAttached { get; }

    public abstract string DoesNotAssignAuthority(int studyGroup);

    public abstract string CommentsLabel { get; }

    public abstract string FromLabel { get; }

    public abstract string DateLabel { get; }

    public abstract string NamePlaceholder { get; }

    public abstract string DatePlaceholder { get; }

    public abstract string TitlePlaceholder { get; }

    public abstract string AdministrationOf(string? memberState);

    public abstract string Place(string place);

    protected static string Numbers(IReadOnlyList<string> items, string separator, string lastSeparator) =>
        items.Count <= 1 ? string.Concat(items) : string.Join(separator, items.Take(items.Count - 1)) + lastSeparator + items[^1];
}

public sealed class EnglishLetterWording : LetterWording
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public override string Language => "en";

    public override string Union => "INTERNATIONAL TELECOMMUNICATION UNION";

    public override string Bureau => "TELECOMMUNICATION STANDARDIZATION BUREAU";

    public override string DateLine(DateOnly date) => $"Geneva, {Long(date)}";

    public override string ReferenceLabel => "Ref:";

    public override string CircularName(int number) => $"TSB Circular {number}";

    public override string ToLabel => "To:";

    public override string CopyToLabel => "Copy to:";

    public override string SubjectLabel => "Subject:";

    public override string Subject(Circular circular, IReadOnlyList<DraftText> texts) =>
        $"Member State consultation on determined {Listed(texts)}, proposed for approval at the ITU-T Study Group {circular.StudyGroup} meeting ({MeetingInParentheses(circular.Meeting)})";

    public override string Salutation => "Dear Sir/Madam,";

    public override IReadOnlyList<string> Paragraphs(Circular circular) =>
    [
        $"ITU-T Study Group {circular.StudyGroup} intends to apply the Traditional Approval Procedure as described in Section 9 of WTSA Resolution 1 (Rev. Geneva, 2022) for the approval of the above-mentioned draft texts at its next meeting{MeetingInSentence(circular.Meeting)}.",
        "The titles, summaries and locations of the draft ITU-T Recommendations proposed for approval can be found in Annex 1.",
        $"This Circular initiates the formal consultation with ITU Member States on whether these texts may be considered for approval at the upcoming meeting, in accordance with clause 9.4 of Resolution 1. Member States are kindly requested to complete and return the form in Annex 2 by 2359 hours UTC on {Long(circular.DeadlineDate)}.",
        "If 70% or more of the replies from Member States support consideration for approval, one Plenary session will be devoted to applying the approval procedure. Member States that do not assign authority to proceed should inform the Director of TSB of the reasons for this opinion and indicate the possible changes that would enable the work to progress.",
    ];

    public override string Note(int number, string text) => $"TSB NOTE {number} – {text}";

    public override string TextNote(string text) => text.StartsWith("NOTE", StringComparison.Ordinal) ? text : $"TSB NOTE – {text}";

    public override string Closing => "Yours faithfully,";

    public override string Director => "Director of the Telecommunication Standardization Bureau";

    public override string AnnexHeading(int number) => $"Annex {number}";

    public override string AnnexOneTitle(Circular circular, IReadOnlyList<DraftText> texts) => $"Summary and location of determined {Listed(texts)}";

    public override string TextHeading(DraftText text)
    {
        var former = text.ProvisionalName is null ? string.Empty : $" (ex {text.ProvisionalName})";
        var document = text.DocumentRef is null ? string.Empty : $" ({text.DocumentRef})";
        return text.Kind switch
        {
            DraftTextKind.Amendment => $"{text.Position}\tDraft Amendment {text.AmendmentNumber} to Recommendation ITU-T {text.Recommendation}{former}{document}",
            DraftTextKind.Revised => $"{text.Position}\tDraft revised Recommendation ITU-T {text.Recommendation}{former}{document}",
            _ => $"{text.Position}\tDraft new Recommendation ITU-T {text.Recommendation}{former}{document}",
        };
    }

    public override string SummaryLabel => "Summary";

    public override string AnnexTwoSubject(Circular circular, IReadOnlyList<DraftText> texts) =>
        $"Member State response to TSB Circular {circular.Number}: consultation on determined {Listed(texts)}";

    public override string AnnexTwoIntroduction(Circular circular) =>
        $"With respect to the Member State consultation on the determined draft texts listed in TSB Circular {circular.Number}, I would like to advise you of the opinion of this Administration, which is set out below.";

    public override string FormTextLabel(DraftText text) => text.Kind switch
    {
        DraftTextKind.Amendment => $"Draft Amendment {text.AmendmentNumber} to {text.Recommendation}",
        DraftTextKind.Revised => $"Draft revised {text.Recommendation}",
        _ => text.ProvisionalName is null ? $"Draft new {text.Recommendation}" : $"Draft new {text.Recommendation} (ex {text.ProvisionalName})",
    };

    public override string AssignsAuthority(int studyGroup) =>
        $"assigns authority to ITU-T Study Group {studyGroup} to consider this text for approval (in which case, select one of the two options):";

    public override string NoComments => "No comments or suggested changes";

    public override string CommentsAttached => "Comments and suggested changes are attached";

    public override string DoesNotAssignAuthority(int studyGroup) =>
        $"does not assign authority to ITU-T Study Group {studyGroup} to consider this text for approval (reasons for this opinion and an outline of possible changes that would enable the work to progress are attached)";

    public override string CommentsLabel => "Comments, or reasons and possible changes:";

    public override string FromLabel => "From:";

    public override string DateLabel => "Date:";

    public override string NamePlaceholder => "[Name]";

    public override string DatePlaceholder => "[Place,] [Date]";

    public override string TitlePlaceholder => "[Official role/title]";

    public override string AdministrationOf(string? memberState) => $"Administration of {memberState ?? "[Member State]"}";

    public override string Place(string place) => place;

    private static string Long(DateOnly date) => date.ToString("d MMMM yyyy", English);

    private static string Listed(IReadOnlyList<DraftText> texts) =>
        Numbers([.. texts.Select(Named)], ", ", " and ");

    private static string Named(DraftText text)
    {
        var former = text.ProvisionalName is null ? string.Empty : $" (ex {text.ProvisionalName})";
        return text.Kind switch
        {
            DraftTextKind.Amendment => $"draft Amendment {text.AmendmentNumber} to Recommendation ITU-T {text.Recommendation}",
            DraftTextKind.Revised => $"draft revised Recommendation ITU-T {text.Recommendation}{former}",
            _ => $"draft new Recommendation ITU-T {text.Recommendation}{former}",
        };
    }

    private static string MeetingInParentheses(Meeting meeting) => meeting switch
    {
        { FirstDay: { } first, LastDay: { } last } => $"{meeting.Place}, {Range(first, last)}",
        _ => meeting.Place,
    };

    private static string MeetingInSentence(Meeting meeting) => meeting switch
    {
        { FirstDay: { } first, LastDay: { } last } when first == last => $" in {meeting.Place}, on {Long(first)}",
        { FirstDay: { } first, LastDay: { } last } when first.Year == last.Year && first.Month == last.Month =>
            $" in {meeting.Place}, from {first.Day} to {Long(last)}",
        { FirstDay: { } first, LastDay: { } last } => $" in {meeting.Place}, from {Long(first)} to {Long(last)}",
        _ => meeting.Place.Length == 0 ? string.Empty : $" ({meeting.Place})",
    };

    private static string Range(DateOnly first, DateOnly last) =>
        first == last ? Long(first)
        : first.Year == last.Year && first.Month == last.Month ? $"{first.Day}-{Long(last)}"
        : first.Year == last.Year ? $"{first.ToString("d MMMM", English)} - {Long(last)}"
        : $"{Long(first)} - {Long(last)}";
}
