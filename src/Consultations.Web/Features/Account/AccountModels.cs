using System.ComponentModel.DataAnnotations;

namespace Consultations.Web.Features.Account;

public sealed class SignInModel
{
    [Required(ErrorMessage = "Enter your e-mail address.")]
    [EmailAddress(ErrorMessage = "Enter a valid e-mail address.")]
    [Display(Name = "E-mail address")]
    public string Email { get; set; } = string.Empty;

    [Required(ErrorMessage = "Enter your password.")]
    [DataType(DataType.Password)]
    [Display(Name = "Password")]
    public string Password { get; set; } = string.Empty;

    [Display(Name = "Keep me signed in on this device")]
    public bool RememberMe { get; set; }

    public string? ReturnUrl { get; set; }
}

public sealed class TwoFactorSignInModel
{
    [Required(ErrorMessage = "Enter the 6-digit code from your authenticator app.")]
    [RegularExpression(@"^\s*\d{3}\s?\d{3}\s*$", ErrorMessage = "The code has 6 digits.")]
    [Display(Name = "Authentication code")]
    public string Code { get; set; } = string.Empty;

    [Display(Name = "Do not ask again on this device for 14 days")]
    public bool RememberMachine { get; set; }

    public bool RememberMe { get; set; }

    public string? ReturnUrl { get; set; }
}

public sealed class RecoveryCodeSignInModel
{
    [Required(ErrorMessage = "Enter one of your recovery codes.")]
    [Display(Name = "Recovery code")]
    public string RecoveryCode { get; set; } = string.Empty;

    public string? ReturnUrl { get; set; }
}

public sealed class ForgotPasswordModel
{
    [Required(ErrorMessage = "Enter your e-mail address.")]
    [EmailAddress(ErrorMessage = "Enter a valid e-mail address.")]
    [Display(Name = "E-mail address")]
    public string Email { get; set; } = string.Empty;
}

/// <summary>Choosing a password, from a reset link or from an invitation link.</summary>
public sealed class SetPasswordModel
{
    [Required]
    public string UserId { get; set; } = string.Empty;

    [Required]
    public string Token { get; set; } = string.Empty;

    [Required(ErrorMessage = "Choose a password.")]
    [StringLength(200, MinimumLength = 12, ErrorMessage = "The password needs at least {2} characters.")]
    [DataType(DataType.Password)]
    [Display(Name = "New password")]
    public string Password { get; set; } = string.Empty;

    [Required(ErrorMessage = "Type the password again.")]
    [DataType(DataType.Password)]
    [Compare(nameof(Password), ErrorMessage = "The two passwords differ.")]
    [Display(Name = "Confirm the password")]
    public string ConfirmPassword { get; set; } = string.Empty;
}
