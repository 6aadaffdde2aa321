using Consultations.Infrastructure.Email;
using Consultations.Infrastructure.Identity;

namespace Consultations.Web.Email;

public static class UserNotices
{
    /// <summary>Composes a message in the user's language and queues it to them.</summary>
    public static OutboxMessage EnqueueFor(
        this EmailOutbox outbox,
        ApplicationUser user,
        Func<(string Subject, string Body)> compose,
        string cause,
        string? causeId,
        IEnumerable<OutboxAttachment>? attachments = null)
    {
        using var _ = new CultureScope(user.PreferredLanguage);
        var (subject, body) = compose();
        return outbox.Enqueue(user.Email!, user.DisplayName, user.PreferredLanguage, subject, body, cause, causeId, attachments);
    }
}
