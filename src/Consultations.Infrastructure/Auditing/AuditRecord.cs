namespace Consultations.Infrastructure.Auditing;

/// <summary>One append-only line of the audit trail: who did what, when, from where.</summary>
public sealed class AuditRecord
{
    public long Id { get; set; }

    public DateTime AtUtc { get; set; }

    public string? UserId { get; set; }

    public string UserName { get; set; } = string.Empty;

    /// <summary>A stable verb such as "MemberState.Renamed" or "Account.Invited".</summary>
    public string Action { get; set; } = string.Empty;

    public string EntityType { get; set; } = string.Empty;

    public string EntityId { get; set; } = string.Empty;

    public string? Details { get; set; }

    public string? IpAddress { get; set; }
}
