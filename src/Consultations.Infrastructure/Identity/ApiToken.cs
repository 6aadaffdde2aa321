namespace Consultations.Infrastructure.Identity;

/// <summary>
/// A personal access token for the API: created by a signed-in user with two-factor authentication, limited to that
/// user's role and administration and to its scope, valid until it expires or is revoked. Only the SHA-256 of the
/// secret is stored.
/// </summary>
public sealed class ApiToken
{
    public int Id { get; set; }

    public string UserId { get; set; } = string.Empty;

    /// <summary>What the user called it ("national tracking system").</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>SHA-256 of the secret, lower-case hexadecimal.</summary>
    public string Hash { get; set; } = string.Empty;

    /// <summary><see cref="ApiScopes.Read"/> or <see cref="ApiScopes.Reply"/>, stored as that text.</summary>
    public string Scope { get; set; } = ApiScopes.Read;

    public DateTime CreatedAtUtc { get; set; }

    public DateTime ExpiresAtUtc { get; set; }

    public DateTime? LastUsedAtUtc { get; set; }

    public DateTime? RevokedAtUtc { get; set; }

    public bool IsActiveAt(DateTime utcNow) => RevokedAtUtc is null && utcNow < ExpiresAtUtc;
}

public static class ApiScopes
{
    /// <summary>Read what the user may read.</summary>
    public const string Read = "read";

    /// <summary>Read, and submit or revise the administration's reply (delegates only).</summary>
    public const string Reply = "reply";

    public static bool IsKnown(string scope) => scope is Read or Reply;
}
