using System.ComponentModel.DataAnnotations;
using Consultations.Domain.Replies;

namespace Consultations.Web.Features.Replies;

/// <summary>The choices of Annex 2 for one text, as one radio group.</summary>
public enum ReplyChoice
{
    None,
    NoComments,
    WithComments,
    DoesNotAssign,
}

public sealed class ReplyRowForm
{
    public int TextId { get; set; }

    public ReplyChoice Choice { get; set; }

    [StringLength(32000, ErrorMessage = "At most {1} characters.")]
    public string? Comment { get; set; }

    /// <summary>New files for this text.</summary>
    public List<IFormFile> Files { get; set; } = [];

    /// <summary>Files already uploaded (stored names) that stay attached.</summary>
    public List<string> Keep { get; set; } = [];

    public static Opinion? ToOpinion(ReplyChoice choice) => choice switch
    {
        ReplyChoice.NoComments => Opinion.AssignsAuthorityNoComments,
        ReplyChoice.WithComments => Opinion.AssignsAuthorityWithComments,
        ReplyChoice.DoesNotAssign => Opinion.DoesNotAssignAuthority,
        _ => null,
    };

    public static ReplyChoice FromOpinion(Opinion? opinion) => opinion switch
    {
        Opinion.AssignsAuthorityNoComments => ReplyChoice.NoComments,
        Opinion.AssignsAuthorityWithComments => ReplyChoice.WithComments,
        Opinion.DoesNotAssignAuthority => ReplyChoice.DoesNotAssign,
        _ => ReplyChoice.None,
    };
}

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
