using Consultations.Infrastructure.Persistence;

namespace Consultations.Infrastructure.Email;

/// <summary>Queues e-mails in the current unit of work; nothing is sent unless the change commits.</summary>
public sealed class EmailOutbox(AppDbContext db, TimeProvider clock)
{
    public OutboxMessage Enqueue(
        string toAddress,
        string toName,
        string language,
        string subject,
        string body,
        string cause,
        string? causeId = null,
        IEnumerable<OutboxAttachment>? attachments = null)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var message = new OutboxMessage
        {
            CreatedAtUtc = now,
            NextAttemptAtUtc = now,
            ToAddress = toAddress,
            ToName = toName,
            Language = language,
            Subject = subject,
            TextBody = body,
            Cause = cause,
            CauseId = causeId,
            Priority = OutboxPriority.For(cause),
            State = OutboxState.Queued,
            Attachments = attachments?.ToList() ?? [],
        };
        db.OutboxMessages.Add(message);
        return message;
    }
}
