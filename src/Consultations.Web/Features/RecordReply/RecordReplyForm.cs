using System.ComponentModel.DataAnnotations;
using Consultations.Domain.Replies;
using Consultations.Web.Features.Replies;
using Consultations.Web.Features.Shared;

namespace Consultations.Web.Features.RecordReply;

/// <summary>A reply that reached TSB by e-mail, fax or letter, entered as received.</summary>
public sealed class RecordReplyForm
{
    [Required(ErrorMessage = "Choose the Member State.")]
    [Display(Name = "Administration")]
    public string? MemberStateCode { get; set; }

    [Display(Name = "Arrived by")]
    public ReplyChannel Channel { get; set; } = ReplyChannel.Email;

    [Required(ErrorMessage = "Enter the day TSB received the reply.")]
    [Display(Name = "Received on (UTC)")]
    public DateOnly? ReceivedOn { get; set; }

    [Required(ErrorMessage = "Enter the time TSB received the reply.")]
    [Display(Name = "At (UTC)")]
    public TimeOnly? ReceivedAt { get; set; }

    [Display(Name = "The original as received (scan, e-mail or letter)")]
    public IFormFile? Original { get; set; }

    /// <summary>An original already uploaded to read its Annex 2, kept for the recording (its stored name, protected).</summary>
    public string? KeptOriginal { get; set; }

    /// <summary>The name the kept original had when it was uploaded.</summary>
    public string? KeptOriginalName { get; set; }

    [Required(ErrorMessage = "Enter the name of the official who signed the reply.")]
    [StringLength(200, ErrorMessage = "At most {1} characters.")]
    [Display(Name = "Name of the signatory")]
    public string SignatoryName { get; set; } = string.Empty;

    [StringLength(200, ErrorMessage = "At most {1} characters.")]
    [Display(Name = "Official role or title")]
    public string? SignatoryTitle { get; set; }

    [StringLength(200, ErrorMessage = "At most {1} characters.")]
    [Display(Name = "Place")]
    public string? SignatoryPlace { get; set; }

    public List<ReplyRowForm> Rows { get; set; } = [];
}

public sealed record RecordReplyPage(Consultations.Domain.Circulars.Circular Circular, RecordReplyForm Form, IReadOnlyList<Microsoft.AspNetCore.Mvc.Rendering.SelectListItem> MemberStates)
{
    /// <summary>What was read from an uploaded Annex 2, when TSB asked for it.</summary>
    public Consultations.Domain.Import.AnnexTwoReading? Reading { get; init; }
}
