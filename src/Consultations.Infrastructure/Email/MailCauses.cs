namespace Consultations.Infrastructure.Email;

/// <summary>Why a message is sent, stored with it (<see cref="OutboxMessage.Cause"/>); these strings are a stored format.</summary>
public static class MailCauses
{
    public const string ReplyReceipt = "Reply.Receipt";
    public const string Invitation = "Account.Invitation";
    public const string PasswordReset = "Account.PasswordReset";
    public const string CircularPublished = "Circular.Published";
    public const string CircularAmended = "Circular.Amended";
    public const string Reminder = "Circular.Reminder";
    public const string DeadlinePassed = "Circular.DeadlinePassed";
}
