using System.ComponentModel.DataAnnotations;

namespace Consultations.Web.Features.Profile;

public sealed class ProfileViewModel
{
    public string Email { get; init; } = string.Empty;

    public IReadOnlyList<string> Roles { get; init; } = [];

    public string? MemberStateName { get; init; }

    public DateOnly? DesignatedFrom { get; init; }

    public DateOnly? DesignatedUntil { get; init; }

    public bool TwoFactorEnabled { get; init; }

    public bool HasCalendarFeed { get; init; }

    public EditProfileModel Edit { get; init; } = new();
}

public sealed class EditProfileModel
{
    [Required(ErrorMessage = "Enter your name.")]
    [StringLength(200, ErrorMessage = "At most {1} characters.")]
    [Display(Name = "Name")]
    public string DisplayName { get; set; } = string.Empty;

    [StringLength(200, ErrorMessage = "At most {1} characters.")]
    [Display(Name = "Role or title (for the signature of replies)")]
    public string? JobTitle { get; set; }

    [StringLength(200, ErrorMessage = "At most {1} characters.")]
    [Display(Name = "Place (for the signature of replies)")]
    public string? Place { get; set; }

    [Required]
    [RegularExpression("^(en|fr)$", ErrorMessage = "Choose one of the languages offered.")]
    [Display(Name = "Language of pages and e-mails")]
    public string PreferredLanguage { get; set; } = "en";
}

public sealed class ChangePasswordModel
{
    [Required(ErrorMessage = "Enter your current password.")]
    [DataType(DataType.Password)]
    [Display(Name = "Current password")]
    public string CurrentPassword { get; set; } = string.Empty;

    [Required(ErrorMessage = "Choose a password.")]
    [StringLength(200, MinimumLength = 12, ErrorMessage = "The password needs at least {2} characters.")]
    [DataType(DataType.Password)]
    [Display(Name = "New password")]
    public string NewPassword { get; set; } = string.Empty;

    [Required(ErrorMessage = "Type the password again.")]
    [Compare(nameof(NewPassword), ErrorMessage = "The two passwords differ.")]
    [DataType(DataType.Password)]
    [Display(Name = "Confirm the new password")]
    public string ConfirmPassword { get; set; } = string.Empty;
}

public sealed class TwoFactorStatusModel
{
    public bool Enabled { get; init; }

    public int RecoveryCodesLeft { get; init; }

    public bool IsDelegate { get; init; }
}

public sealed class AuthenticatorSetupModel
{
    public string SharedKey { get; set; } = string.Empty;

    public string QrCodeDataUri { get; set; } = string.Empty;

    [Required(ErrorMessage = "Enter the 6-digit code from your authenticator app.")]
    [RegularExpression(@"^\s*\d{3}\s?\d{3}\s*$", ErrorMessage = "The code has 6 digits.")]
    [Display(Name = "Code shown by the app")]
    public string Code { get; set; } = string.Empty;
}
