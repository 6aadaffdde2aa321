using System.ComponentModel.DataAnnotations;
using Consultations.Domain.Circulars;

namespace Consultations.Web.Features.Outcomes;

public sealed class OutcomeForm
{
    public OutcomeKind Kind { get; set; }

    /// <summary>One Member State per line: its code, then (for a reservation) a colon and its statement: "FRA: reservation on clause 7".</summary>
    [StringLength(32000, ErrorMessage = "At most {1} characters.")]
    public string? States { get; set; }

    /// <summary>Why a decision already recorded changes.</summary>
    [StringLength(2000, ErrorMessage = "At most {1} characters.")]
    public string? Reason { get; set; }

    public IReadOnlyList<DecisionStatement> Statements() => MeetingDecision.RoleFor(Kind) is not { } role
        ? []
        : (States ?? string.Empty)
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.Split(':', 2))
            .Select(parts => new DecisionStatement(role, parts[0].Trim(), parts.Length > 1 ? parts[1].Trim() : string.Empty))
            .ToList();
}

public sealed class OppositionForm
{
    [Required(ErrorMessage = "Choose the Member State.")]
    public string? MemberStateCode { get; set; }

    [Required(ErrorMessage = "A formal opposition must give its reasons.")]
    [StringLength(8000, ErrorMessage = "At most {1} characters.")]
    public string Reasons { get; set; } = string.Empty;

    [Required(ErrorMessage = "Enter the day TSB received the reply.")]
    public DateOnly? ReceivedOn { get; set; }
}

public sealed class NotificationForm
{
    [Required(ErrorMessage = "Enter the number of the circular that notified the result.")]
    [Range(1, 9999, ErrorMessage = "Enter the number of the circular that notified the result.")]
    [Display(Name = "Number of the notifying TSB Circular")]
    public int? CircularNumber { get; set; }

    [Required(ErrorMessage = "Enter the date of that circular.")]
    [Display(Name = "Its date")]
    public DateOnly? Date { get; set; }

    /// <summary>The texts whose result that circular notified.</summary>
    public List<int> TextIds { get; set; } = [];
}
