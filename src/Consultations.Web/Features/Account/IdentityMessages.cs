namespace Consultations.Web.Features.Account;

/// <summary>Plain messages (localization keys) for the Identity errors a user can meet.</summary>
public static class IdentityMessages
{
    public static string For(string code) => code switch
    {
        "InvalidToken" => "This link has expired or was already used. Ask for a new one.",
        "PasswordTooShort" => "The password needs at least 12 characters.",
        "PasswordRequiresDigit" => "The password needs at least one digit.",
        "PasswordRequiresLower" => "The password needs at least one lower-case letter.",
        "PasswordRequiresUpper" => "The password needs at least one upper-case letter.",
        "PasswordRequiresUniqueChars" => "The password needs more different characters.",
        "PasswordMismatch" => "The current password is not right.",
        "DuplicateEmail" or "DuplicateUserName" => "An account with this e-mail address exists already.",
        "InvalidEmail" => "Enter a valid e-mail address.",
        "UserAlreadyHasPassword" => "This account has a password already; sign in or reset it.",
        _ => "The change could not be saved. Try again.",
    };
}
