namespace Consultations.Infrastructure.Email;

/// <summary>One try at delivering a message, and what the server answered.</summary>
public sealed class OutboxAttempt
{
    public long Id { get; set; }

    public long OutboxMessageId { get; set; }

    public DateTime AtUtc { get; set; }

    public bool Succeeded { get; set; }

    public string Response { get; set; } = string.Empty;
}
