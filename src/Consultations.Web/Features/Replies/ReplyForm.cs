using System.ComponentModel.DataAnnotations;
using Consultations.Domain.Replies;
using Consultations.Web.Features.Shared;

namespace Consultations.Web.Features.Replies;

public sealed class ReplyForm
{
    public int BaseRevision { get; set; }

    public List<ReplyRowForm> Rows { get; set; } = [];

    [Required(ErrorMessage = "Enter the name of the official who signs the reply.")]
    [StringLength(200, ErrorMessage = "At most {1} characters.")]
    [Display(Name = "Name of the signatory")]
    public string SignatoryName { get; set; } = string.Empty;

    [StringLength(200, ErrorMessage = "At most {1} characters.")]
    [Display(Name = "Official role or title")]
    public string? SignatoryTitle { get; set; }

    [StringLength(200, ErrorMessage = "At most {1} characters.")]
    [Display(Name = "Place")]
    public string? SignatoryPlace { get; set; }

    /// <summary>For "same opinion for all texts".</summary>
    public ReplyChoice AllChoice { get; set; }

    /// <summary>The form's values without the web types, for the workspace.</summary>
    public DraftInput ToInput() => new(
        BaseRevision,
        Rows.Select(r => new DraftRowInput(
            r.TextId,
            r.Choice,
            r.Comment,
            r.Keep,
            r.Files.Select(f => new UploadedFile(f.FileName, f.Length, f.OpenReadStream)).ToList())).ToList(),
        SignatoryName,
        SignatoryTitle,
        SignatoryPlace);
}

/// <summary>What a draft keeps: the form's values and the files already stored.</summary>
public sealed record DraftContent(
    IReadOnlyList<DraftRow> Rows,
    string SignatoryName,
    string? SignatoryTitle,
    string? SignatoryPlace);

public sealed record DraftRow(int TextId, ReplyChoice Choice, string? Comment, IReadOnlyList<ReplyAttachment> Files);
