using System.ComponentModel.DataAnnotations;
using Consultations.Domain.Replies;

namespace Consultations.Web.Features.Shared;

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
