namespace Consultations.Infrastructure.Email;

/// <summary>
/// The order in which queued e-mails go out, stored as a number (lower first). A message a person is waiting for (a
/// receipt, an invitation, a reset link) passes a circular's mailing to every delegate or a round of reminders.
/// </summary>
public static class OutboxPriority
{
    public const int Personal = 0;
    public const int Bulk = 10;

    private static readonly HashSet<string> PersonalCauses = new(StringComparer.Ordinal)
    {
        MailCauses.ReplyReceipt,
        MailCauses.Invitation,
        MailCauses.PasswordReset,
    };

    public static int For(string cause) => PersonalCauses.Contains(cause) ? Personal : Bulk;
}
