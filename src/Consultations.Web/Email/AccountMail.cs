using Consultations.Infrastructure.Email;
using Consultations.Infrastructure.Identity;
using Microsoft.Extensions.Localization;

namespace Consultations.Web.Email;

/// <summary>The account e-mails (invitation, password reset), written to the outbox in the recipient's language.</summary>
public sealed class AccountMail(EmailOutbox outbox, IStringLocalizer<SharedResource> localizer)
{
    public void QueueInvitation(ApplicationUser user, string link, string invitedBy, TimeSpan validFor)
    {
        outbox.EnqueueFor(
            user,
            () => (localizer["You are invited to ITU-T Consultations"], localizer[
                "Dear {0},\n\n{1} has invited you to ITU-T Consultations, the portal in which Member States reply to TSB Circulars.\n\nChoose your password with this link (valid for {2} days):\n{3}\n\nIf you did not expect this invitation, ignore this message.",
                user.DisplayName,
                invitedBy,
                (int)validFor.TotalDays,
                link]),
            MailCauses.Invitation,
            user.Id);
    }

    public void QueuePasswordReset(ApplicationUser user, string link)
    {
        outbox.EnqueueFor(
            user,
            () => (localizer["Reset your ITU-T Consultations password"], localizer[
                "Dear {0},\n\nSomeone asked to reset the password of your ITU-T Consultations account. To choose a new password, open this link within 3 hours:\n{1}\n\nIf it was not you, ignore this message: your password stays as it is.",
                user.DisplayName,
                link]),
            MailCauses.PasswordReset,
            user.Id);
    }
}
