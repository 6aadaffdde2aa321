using System.ComponentModel.DataAnnotations;
using Consultations.Domain.Circulars;
using Consultations.Web.Features.Shared;

namespace Consultations.Web.Features.Shared;

/// <summary>The letter's facts as TSB edits them.</summary>
public sealed class CircularForm : IValidatableObject
{
    [Required(ErrorMessage = "Enter the circular's number.")]
    [Range(1, 9999, ErrorMessage = "The number must be between {1} and {2}.")]
    [Display(Name = "TSB Circular number")]
    public int? Number { get; set; }

    [Required(ErrorMessage = "Enter the circular's date.")]
    [Display(Name = "Date of the circular")]
    public DateOnly? Date { get; set; }

    [Required(ErrorMessage = "Enter the reference, e.g. SG17/XY.")]
    [StringLength(50, ErrorMessage = "At most {1} characters.")]
    [Display(Name = "Reference")]
    public string Reference { get; set; } = string.Empty;

    [Required(ErrorMessage = "Enter the study group.")]
    [Range(1, 99, ErrorMessage = "The study group must be a number between 1 and 99.")]
    [Display(Name = "Study group")]
    public int? StudyGroup { get; set; }

    [Required(ErrorMessage = "Say to whom the circular is addressed.")]
    [StringLength(2000, ErrorMessage = "At most {1} characters.")]
    [Display(Name = "Addressed to")]
    public string Addressees { get; set; } = "Administrations of Member States of the Union";

    [StringLength(2000, ErrorMessage = "At most {1} characters.")]
    [Display(Name = "Copy to (informed only)")]
    public string? CopyTo { get; set; }

    [Required(ErrorMessage = "Enter the meeting's place.")]
    [StringLength(200, ErrorMessage = "At most {1} characters.")]
    [Display(Name = "Meeting place")]
    public string MeetingPlace { get; set; } = "Geneva";

    [Display(Name = "Meeting's first day")]
    public DateOnly? MeetingFirstDay { get; set; }

    [NotBefore(nameof(MeetingFirstDay), ErrorMessage = "The meeting's last day comes before its first day.")]
    [Display(Name = "Meeting's last day")]
    public DateOnly? MeetingLastDay { get; set; }

    [Display(Name = "Reply deadline (2359 hours UTC on this day)")]
    public DateOnly? DeadlineDate { get; set; }

    [StringLength(4000, ErrorMessage = "At most {1} characters.")]
    [Display(Name = "TSB note on A.5 justification")]
    public string? A5Note { get; set; }

    [StringLength(400, ErrorMessage = "At most {1} characters.")]
    [Display(Name = "Texts the A.5 note does not concern (e.g. X.1221, X.1222)")]
    public string? A5Except { get; set; }

    [StringLength(4000, ErrorMessage = "At most {1} characters.")]
    [Display(Name = "TSB note on IPR statements")]
    public string? IprNote { get; set; }

    [StringLength(400, ErrorMessage = "At most {1} characters.")]
    [Display(Name = "Texts the IPR note does not concern")]
    public string? IprExcept { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (DeadlineDate is null && MeetingFirstDay is null)
        {
            yield return validationContext.Localized("Enter the reply deadline, or the meeting's first day so that the deadline can be proposed.", nameof(DeadlineDate));
        }
    }

    /// <summary>The deadline chosen, or the one Res. 1 9.4.1 proposes when none was given.</summary>
    public DateOnly EffectiveDeadline() => DeadlineDate ?? TapCalendar.ProposedDeadline(MeetingFirstDay)!.Value;

    public CircularDetails ToDetails(IReadOnlyList<CircularNote> textNotes, IReadOnlyList<string> languages) => new(
        Number!.Value,
        Date!.Value,
        Reference,
        StudyGroup!.Value,
        Addressees,
        new Meeting(MeetingPlace, MeetingFirstDay, MeetingLastDay),
        EffectiveDeadline(),
        [.. CircularNotes(), .. textNotes],
        languages,
        CopyTo);

    public static CircularForm From(Circular circular) => new()
    {
        Number = circular.Number,
        Date = circular.Date,
        Reference = circular.Reference,
        StudyGroup = circular.StudyGroup,
        Addressees = circular.Addressees,
        CopyTo = circular.CopyTo.Length == 0 ? null : circular.CopyTo,
        MeetingPlace = circular.Meeting.Place,
        MeetingFirstDay = circular.Meeting.FirstDay,
        MeetingLastDay = circular.Meeting.LastDay,
        DeadlineDate = circular.DeadlineDate,
        A5Note = circular.Notes.FirstOrDefault(n => n.Kind == NoteKind.A5Justification && n.Recommendation is null)?.Text,
        A5Except = ExceptText(circular.Notes.FirstOrDefault(n => n.Kind == NoteKind.A5Justification && n.Recommendation is null)),
        IprNote = circular.Notes.FirstOrDefault(n => n.Kind == NoteKind.Ipr && n.Recommendation is null)?.Text,
        IprExcept = ExceptText(circular.Notes.FirstOrDefault(n => n.Kind == NoteKind.Ipr && n.Recommendation is null)),
    };

    private IEnumerable<CircularNote> CircularNotes()
    {
        if (!string.IsNullOrWhiteSpace(A5Note))
        {
            yield return new CircularNote(NoteKind.A5Justification, A5Note.Trim()) { Except = Numbers(A5Except) };
        }

        if (!string.IsNullOrWhiteSpace(IprNote))
        {
            yield return new CircularNote(NoteKind.Ipr, IprNote.Trim()) { Except = Numbers(IprExcept) };
        }
    }

    public static string? ExceptText(CircularNote? note) => note is { Except.Count: > 0 } ? string.Join(", ", note.Except) : null;

    private static IReadOnlyList<string> Numbers(string? list) =>
        (list ?? string.Empty).Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct().ToList();
}
