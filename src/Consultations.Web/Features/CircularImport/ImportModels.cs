using System.ComponentModel.DataAnnotations;
using Consultations.Web.Features.CircularEditor;
using Consultations.Web.Features.Shared;

namespace Consultations.Web.Features.CircularImport;

public sealed class ImportUploadForm
{
    [Display(Name = "The circular as a .docx or .txt file")]
    public IFormFile? File { get; set; }

    [Display(Name = "Or paste the circular's text")]
    public string? PastedText { get; set; }

    public int? CircularId { get; set; }
}

/// <summary>The preview: every field the parser read, editable, with its warnings, before anything is saved.</summary>
public sealed class ImportPreviewForm
{
    public CircularForm Circular { get; set; } = new();

    public List<TextForm> Texts { get; set; } = [];

    public List<string> Warnings { get; set; } = [];

    [Display(Name = "Source")]
    public string? Source { get; set; }
}

public sealed record TranslationPreview(
    int CircularId,
    int CircularNumber,
    string Language,
    IReadOnlyList<TranslationMatch> Matches,
    IReadOnlyList<string> Unmatched,
    IReadOnlyList<Consultations.Domain.Import.ImportWarning> Warnings,
    string SourceText);

public sealed record TranslationMatch(string Recommendation, string EnglishTitle, string TranslatedTitle);
