using System.ComponentModel.DataAnnotations;
using Consultations.Domain.Circulars;
using Consultations.Web.Features.Shared;

namespace Consultations.Web.Features.Shared;

/// <summary>One determined draft text of Annex 1.</summary>
public sealed class TextForm : IValidatableObject
{
    [Display(Name = "Kind of text")]
    public DraftTextKind Kind { get; set; } = DraftTextKind.New;

    [Required(ErrorMessage = "Enter the Recommendation number, e.g. X.1280.")]
    [RegularExpression(@"^\s*[A-Z]\.\d+(\.\d+)*(/[A-Z]\.\d+)?\s*$", ErrorMessage = "Write the number as a series letter, a dot and digits, e.g. X.1280.")]
    [Display(Name = "Recommendation number")]
    public string Recommendation { get; set; } = string.Empty;

    [Range(1, 99, ErrorMessage = "The amendment number must be between {1} and {2}.")]
    [Display(Name = "Amendment number")]
    public int? AmendmentNumber { get; set; }

    [StringLength(100, ErrorMessage = "At most {1} characters.")]
    [Display(Name = "Former provisional name (e.g. X.oob-sa)")]
    public string? ProvisionalName { get; set; }

    [Required(ErrorMessage = "Enter the title.")]
    [StringLength(1000, ErrorMessage = "At most {1} characters.")]
    [Display(Name = "Title")]
    public string Title { get; set; } = string.Empty;

    [StringLength(16000, ErrorMessage = "At most {1} characters.")]
    [Display(Name = "Summary")]
    public string? Summary { get; set; }

    [StringLength(100, ErrorMessage = "At most {1} characters.")]
    [Display(Name = "Document reference (e.g. SG17-R25)")]
    public string? DocumentRef { get; set; }

    [StringLength(4000, ErrorMessage = "At most {1} characters.")]
    [Display(Name = "Note for this text (A.5, IPR)")]
    public string? Note { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Kind == DraftTextKind.Amendment && AmendmentNumber is null)
        {
            yield return validationContext.Localized("An amendment needs its number (e.g. Amendment 1).", nameof(AmendmentNumber));
        }
    }

    public DraftTextDetails ToDetails() =>
        new(Kind, Recommendation.Trim(), Title, Summary, ProvisionalName, DocumentRef, Kind == DraftTextKind.Amendment ? AmendmentNumber : null);

    public static TextForm From(DraftText text, IEnumerable<CircularNote> notes) => new()
    {
        Kind = text.Kind,
        Recommendation = text.Recommendation,
        AmendmentNumber = text.AmendmentNumber,
        ProvisionalName = text.ProvisionalName,
        Title = text.Title,
        Summary = text.Summary,
        DocumentRef = text.DocumentRef,
        Note = notes.FirstOrDefault(n => n.Recommendation == text.Recommendation)?.Text,
    };
}
