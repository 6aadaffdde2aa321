using Consultations.Infrastructure.Email;
using Consultations.Infrastructure.Identity;
using Consultations.Infrastructure.Persistence;
using Consultations.Web.Composition;
using Consultations.Web.Settings;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Consultations.Web.Email;

/// <summary>The account e-mails (invitation, password reset), written to the outbox in the recipient's language.</summary>
public sealed class AccountMail(
    EmailOutbox outbox,
    AppDbContext db,
    TimeProvider clock,
    RateLimitOptions limits,
    IStringLocalizer<SharedResource> localizer)
{
    /// <summary>
    /// Whether the account had its hour's share of reset e-mails: requests from many addresses (each under the per-address
    /// limit) must not bury a person's mailbox, nor the outbox.
    /// </summary>
    public async Task<bool> PasswordResetsExhaustedAsync(ApplicationUser user)
    {
        var since = clock.GetUtcNow().UtcDateTime.AddHours(-1);
        var queued = await db.OutboxMessages.CountAsync(m => m.Cause == MailCauses.PasswordReset && m.CauseId == user.Id && m.CreatedAtUtc > since);
        return queued >= limits.ResetMailsPerAccountPerHour;
    }

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
