using Microsoft.AspNetCore.Identity;

namespace Consultations.Infrastructure.Identity;

public sealed class ApplicationUser : IdentityUser
{
    public string DisplayName { get; set; } = string.Empty;

    /// <summary>For a delegate: the administration (Member State) for which they reply.</summary>
    public string? MemberStateCode { get; set; }

    /// <summary>First day of the delegate's designation.</summary>
    public DateOnly? DesignatedFrom { get; set; }

    /// <summary>Last day of the delegate's designation; null while it runs.</summary>
    public DateOnly? DesignatedUntil { get; set; }

    /// <summary>Prefills the signatory's role on Annex 2.</summary>
    public string? JobTitle { get; set; }

    /// <summary>Prefills the signatory's place on Annex 2.</summary>
    public string? Place { get; set; }

    /// <summary>ISO 639-1 code of the language for the user's pages and e-mails.</summary>
    public string PreferredLanguage { get; set; } = "en";

    public DateTime CreatedAtUtc { get; set; }

    /// <summary>RFC 6238 time step of the last authenticator code accepted; older and equal steps are refused.</summary>
    public long LastAuthenticatorTimeStep { get; set; }

    /// <summary>SHA-256 (hex) of the secret in the user's calendar feed address; null when the user has none.</summary>
    public string? CalendarFeedHash { get; set; }

    /// <summary>Created by the Development demo seeder; never in Production.</summary>
    public bool IsDemo { get; set; }

    /// <summary>The invitation was sent but its link was not used yet.</summary>
    public bool IsInvitationPending => PasswordHash is null;

    public bool IsDesignatedOn(DateOnly day) =>
        MemberStateCode is not null
        && (DesignatedFrom is null || DesignatedFrom <= day)
        && (DesignatedUntil is null || day <= DesignatedUntil);
}
