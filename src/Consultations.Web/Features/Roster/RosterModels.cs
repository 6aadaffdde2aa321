using System.ComponentModel.DataAnnotations;

namespace Consultations.Web.Features.Roster;

public sealed record RosterRow(string Code, string Name, DateOnly? MemberSince, DateOnly? MemberUntil, bool IsObserver, bool IsMemberOnDate);

public sealed class RosterListModel
{
    public DateOnly OnDate { get; init; }

    public string? Query { get; init; }

    public int MembersOnDate { get; init; }

    public IReadOnlyList<RosterRow> States { get; init; } = [];
}

public sealed class EditMemberStateModel
{
    public string Code { get; set; } = string.Empty;

    public bool IsObserver { get; set; }

    /// <summary>The state's name in the reader's language, for the page's heading.</summary>
    public string ReaderName { get; set; } = string.Empty;

    [Required(ErrorMessage = "Enter the name.")]
    [StringLength(200, ErrorMessage = "At most {1} characters.")]
    [Display(Name = "English name (ITU's short form)")]
    public string Name { get; set; } = string.Empty;

    /// <summary>One per language other than English, in the order of the language switcher.</summary>
    public List<StateNameField> Names { get; set; } = [];

    [Display(Name = "Member since")]
    public DateOnly? MemberSince { get; set; }

    [Display(Name = "Member until (first day no longer a member)")]
    public DateOnly? MemberUntil { get; set; }

    [Required(ErrorMessage = "Say why the roster changes; the reason goes into the audit trail.")]
    [StringLength(1000, ErrorMessage = "At most {1} characters.")]
    [Display(Name = "Reason for the change")]
    public string Reason { get; set; } = string.Empty;
}

public sealed class StateNameField
{
    public string Language { get; set; } = string.Empty;

    /// <summary>The name the portal ships in this language, shown as the default.</summary>
    public string? Shipped { get; set; }

    [StringLength(200, ErrorMessage = "At most {1} characters.")]
    public string? Name { get; set; }
}
