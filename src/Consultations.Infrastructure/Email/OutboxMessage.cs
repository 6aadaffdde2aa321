namespace Consultations.Infrastructure.Email;

/// <summary>An e-mail to send, written in the same transaction as the change that causes it.</summary>
public sealed class OutboxMessage
{
    public long Id { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public string ToAddress { get; set; } = string.Empty;

    public string ToName { get; set; } = string.Empty;

    public string Language { get; set; } = "en";

    public string Subject { get; set; } = string.Empty;

    public string TextBody { get; set; } = string.Empty;

    /// <summary>Why it is sent, e.g. "Account.Invitation", "Circular.Published".</summary>
    public string Cause { get; set; } = string.Empty;

    /// <summary>What caused it, e.g. the circular's id; lets a page list a circular's notices.</summary>
    public string? CauseId { get; set; }

    /// <summary>Lower is sent first: see <see cref="OutboxPriority"/>.</summary>
    public int Priority { get; set; } = OutboxPriority.Bulk;

    public OutboxState State { get; set; }

    public int Attempts { get; set; }

    public DateTime NextAttemptAtUtc { get; set; }

    public DateTime? SentAtUtc { get; set; }

    public string? LastError { get; set; }

    /// <summary>The dispatcher that holds the lease, and until when; another may take the row after that.</summary>
    public string? ClaimedBy { get; set; }

    public DateTime? ClaimedUntilUtc { get; set; }

    /// <summary>Changes with every claim, so two dispatchers cannot both win one row.</summary>
    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();

    public List<OutboxAttempt> AttemptLog { get; set; } = [];

    public List<OutboxAttachment> Attachments { get; set; } = [];
}
