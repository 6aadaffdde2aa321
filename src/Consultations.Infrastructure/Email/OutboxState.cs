namespace Consultations.Infrastructure.Email;

public enum OutboxState
{
    Queued,
    Sent,
    Failed,
}
