using System.ComponentModel.DataAnnotations;
using Consultations.Web.Features.Shared;

namespace Consultations.Web.Features.CircularEditor;

public sealed class ExtendDeadlineForm
{
    [Required(ErrorMessage = "Enter the new deadline.")]
    [Display(Name = "New deadline (2359 hours UTC on this day)")]
    public DateOnly? NewDeadline { get; set; }

    /// <summary>After the deadline: TSB confirms that the extension reopens the consultation.</summary>
    [Display(Name = "Reopen the consultation (the deadline has passed)")]
    public bool Reopen { get; set; }

    [Required(ErrorMessage = "Give the reason; it is shown to everyone.")]
    [StringLength(2000, ErrorMessage = "At most {1} characters.")]
    [Display(Name = "Reason")]
    public string Reason { get; set; } = string.Empty;
}

public sealed class WithdrawTextForm
{
    [Required(ErrorMessage = "Choose the text.")]
    [Display(Name = "Text to withdraw")]
    public int? TextId { get; set; }

    [Required(ErrorMessage = "Give the reason; it is shown to everyone.")]
    [StringLength(2000, ErrorMessage = "At most {1} characters.")]
    [Display(Name = "Reason")]
    public string Reason { get; set; } = string.Empty;
}

public sealed class CorrectTextForm
{
    [Required(ErrorMessage = "Choose the text.")]
    [Display(Name = "Text to correct")]
    public int? TextId { get; set; }

    [Display(Name = "Language of the title and summary")]
    public string Language { get; set; } = "en";

    [Required(ErrorMessage = "Enter the title.")]
    [StringLength(1000, ErrorMessage = "At most {1} characters.")]
    [Display(Name = "Corrected title")]
    public string Title { get; set; } = string.Empty;

    [StringLength(16000, ErrorMessage = "At most {1} characters.")]
    [Display(Name = "Corrected summary")]
    public string? Summary { get; set; }

    [Required(ErrorMessage = "Give the reason; it is shown to everyone.")]
    [StringLength(2000, ErrorMessage = "At most {1} characters.")]
    [Display(Name = "Reason")]
    public string Reason { get; set; } = string.Empty;
}

public sealed class TranslateNoteForm
{
    [Display(Name = "Note")]
    public Consultations.Domain.Circulars.NoteKind Kind { get; set; } = Consultations.Domain.Circulars.NoteKind.A5Justification;

    [Display(Name = "Language")]
    public string Language { get; set; } = "fr";

    [Required(ErrorMessage = "Enter the text of the note.")]
    [StringLength(8000, ErrorMessage = "At most {1} characters.")]
    [Display(Name = "Text of the note in that language")]
    public string Text { get; set; } = string.Empty;

    [Required(ErrorMessage = "Give the reason; it is shown to everyone.")]
    [StringLength(2000, ErrorMessage = "At most {1} characters.")]
    [Display(Name = "Reason")]
    public string Reason { get; set; } = string.Empty;
}

public sealed class ChangeMeetingForm
{
    [Required(ErrorMessage = "Enter the meeting's place (or Virtual).")]
    [StringLength(200, ErrorMessage = "At most {1} characters.")]
    [Display(Name = "Place")]
    public string Place { get; set; } = string.Empty;

    [Display(Name = "First day")]
    public DateOnly? FirstDay { get; set; }

    [Display(Name = "Last day")]
    public DateOnly? LastDay { get; set; }

    [StringLength(2000, ErrorMessage = "At most {1} characters.")]
    [Display(Name = "Reason for less than three months' notice")]
    public string? NoticeOverrideReason { get; set; }

    [Required(ErrorMessage = "Give the reason; it is shown to everyone.")]
    [StringLength(2000, ErrorMessage = "At most {1} characters.")]
    [Display(Name = "Reason")]
    public string Reason { get; set; } = string.Empty;
}

public sealed class CancelCircularForm
{
    [Required(ErrorMessage = "Give the reason; it is shown to everyone.")]
    [StringLength(2000, ErrorMessage = "At most {1} characters.")]
    [Display(Name = "Reason")]
    public string Reason { get; set; } = string.Empty;

    [Range(typeof(bool), "true", "true", ErrorMessage = "Confirm that the consultation ends with no more replies.")]
    [Display(Name = "End the consultation: no more replies (nothing received is deleted)")]
    public bool Confirm { get; set; }
}

public sealed class PublishForm
{
    [StringLength(2000, ErrorMessage = "At most {1} characters.")]
    [Display(Name = "Reason for publishing with less than three months' notice")]
    public string? NoticeOverrideReason { get; set; }
}

public sealed record EditCircularPage(Consultations.Domain.Circulars.Circular? Circular, CircularForm Form);

public sealed record TextPage(Consultations.Domain.Circulars.Circular Circular, int? TextId, TextForm Form);

/// <param name="ShortNotice">Published today, the circular would give less than three months' notice (9.3.3).</param>
public sealed record PublishPage(Consultations.Domain.Circulars.Circular Circular, int Recipients, PublishForm Form, bool ShortNotice);

/// <param name="DeadlinePassed">The deadline is behind: an extension reopens the consultation.</param>
public sealed record AmendPage(
    Consultations.Domain.Circulars.Circular Circular,
    bool DeadlinePassed,
    ExtendDeadlineForm Extend,
    WithdrawTextForm Withdraw,
    CorrectTextForm Correct,
    ChangeMeetingForm Meeting,
    CancelCircularForm Cancel)
{
    public TranslateNoteForm Note { get; init; } = new();
}
