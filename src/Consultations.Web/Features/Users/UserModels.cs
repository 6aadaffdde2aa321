using System.ComponentModel.DataAnnotations;
using Consultations.Web.Features.Shared;

namespace Consultations.Web.Features.Users;

public sealed record UserRow(
    string Id,
    string DisplayName,
    string Email,
    string Role,
    string? MemberStateName,
    DateOnly? DesignatedFrom,
    DateOnly? DesignatedUntil,
    bool InvitationPending,
    bool LockedOut,
    bool TwoFactorEnabled);

public sealed class UserListModel
{
    public string? Query { get; init; }

    public IReadOnlyList<UserRow> Users { get; init; } = [];
}

public sealed class InviteUserModel : IValidatableObject
{
    [Required(ErrorMessage = "Enter the person's e-mail address.")]
    [EmailAddress(ErrorMessage = "Enter a valid e-mail address.")]
    [StringLength(256, ErrorMessage = "At most {1} characters.")]
    [Display(Name = "E-mail address")]
    public string Email { get; set; } = string.Empty;

    [Required(ErrorMessage = "Enter the person's name.")]
    [StringLength(200, ErrorMessage = "At most {1} characters.")]
    [Display(Name = "Name")]
    public string DisplayName { get; set; } = string.Empty;

    [Required(ErrorMessage = "Choose a role.")]
    [Display(Name = "Role")]
    public string Role { get; set; } = Infrastructure.Identity.Roles.Delegate;

    [Display(Name = "Administration (for a delegate)")]
    public string? MemberStateCode { get; set; }

    [Display(Name = "Designated from")]
    public DateOnly? DesignatedFrom { get; set; }

    [Display(Name = "Designated until (optional)")]
    public DateOnly? DesignatedUntil { get; set; }

    [Required]
    [RegularExpression("^(en|fr)$", ErrorMessage = "Choose one of the languages offered.")]
    [Display(Name = "Language of e-mails")]
    public string PreferredLanguage { get; set; } = "en";

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        DesignationRules.Validate(validationContext, Role, MemberStateCode, DesignatedFrom, DesignatedUntil);
}

public sealed class EditUserModel : IValidatableObject
{
    public string Id { get; set; } = string.Empty;

    public string Email { get; set; } = string.Empty;

    public bool InvitationPending { get; set; }

    public bool LockedOut { get; set; }

    [Required(ErrorMessage = "Enter the person's name.")]
    [StringLength(200, ErrorMessage = "At most {1} characters.")]
    [Display(Name = "Name")]
    public string DisplayName { get; set; } = string.Empty;

    [Required(ErrorMessage = "Choose a role.")]
    [Display(Name = "Role")]
    public string Role { get; set; } = string.Empty;

    [Display(Name = "Administration (for a delegate)")]
    public string? MemberStateCode { get; set; }

    [Display(Name = "Designated from")]
    public DateOnly? DesignatedFrom { get; set; }

    [Display(Name = "Designated until (optional)")]
    public DateOnly? DesignatedUntil { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        DesignationRules.Validate(validationContext, Role, MemberStateCode, DesignatedFrom, DesignatedUntil);
}

public static class DesignationRules
{
    public static IEnumerable<ValidationResult> Validate(ValidationContext context, string role, string? memberStateCode, DateOnly? from, DateOnly? until)
    {
        if (role == Infrastructure.Identity.Roles.Delegate)
        {
            if (string.IsNullOrWhiteSpace(memberStateCode))
            {
                yield return context.Localized("A delegate replies for one administration: choose it.", nameof(InviteUserModel.MemberStateCode));
            }

            if (from is null)
            {
                yield return context.Localized("Give the first day of the designation.", nameof(InviteUserModel.DesignatedFrom));
            }
        }

        if (from is not null && until is not null && until < from)
        {
            yield return context.Localized("The designation cannot end before it starts.", nameof(InviteUserModel.DesignatedUntil));
        }
    }
}
