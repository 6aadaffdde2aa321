using Consultations.Domain.Circulars;
using Consultations.Infrastructure.Email;
using Consultations.Infrastructure.Identity;
using Consultations.Infrastructure.Persistence;
using Consultations.Web.Email;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Consultations.Web.Features.Tally;

/// <summary>
/// What the clock triggers: reminders to non-responders at the configured offsets before the deadline (never after it,
/// at most one per offset), then, once the deadline has passed, the final snapshot and the notice to the secretariat.
/// </summary>
public sealed class DeadlineTasks(
    AppDbContext db,
    TallyReading tally,
    DeadlineMail mail,
    UnitOfWork unitOfWork,
    IOptions<EmailOptions> options,
    TimeProvider clock,
    ILogger<DeadlineTasks> logger)
{
    public async Task RunAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var circulars = await db.Circulars.AsNoTracking().Where(c => c.PublishedAtUtc != null).ToListAsync(cancellationToken);
        foreach (var circular in circulars)
        {
            try
            {
                if (now <= circular.DeadlineInstant)
                {
                    await RemindAsync(circular, now, cancellationToken);
                }
                else
                {
                    await CloseAsync(circular, cancellationToken);
                }
            }
            catch (DbUpdateException)
            {
                // Another instance sent this notice first: the unique key of ConsultationNotices kept it to one.
                db.ChangeTracker.Clear();
            }
        }
    }

    private async Task RemindAsync(Circular circular, DateTime now, CancellationToken cancellationToken)
    {
        var due = options.Value.ReminderDays
            .Where(days => days > 0 && now >= circular.DeadlineInstant.AddDays(-days))
            .OrderBy(days => days)
            .ToList();
        var sent = await db.ConsultationNotices
            .Where(n => n.CircularId == circular.Id && n.Kind == ConsultationNotice.Reminder)
            .Select(n => n.OffsetDays)
            .ToListAsync(cancellationToken);
        var pending = due.Where(days => !sent.Contains(days)).ToList();
        if (pending.Count == 0)
        {
            return;
        }

        // Only the nearest offset is sent; a missed earlier one is recorded so that it never goes out late.
        var recipients = await NonRespondingDelegatesAsync(circular, now, cancellationToken);
        await unitOfWork.InTransactionAsync(() =>
        {
            foreach (var days in pending)
            {
                db.ConsultationNotices.Add(new ConsultationNotice
                {
                    CircularId = circular.Id,
                    Kind = ConsultationNotice.Reminder,
                    OffsetDays = days,
                    SentAtUtc = now,
                    Recipients = days == pending[0] ? recipients.Count : 0,
                });
            }

            mail.QueueReminders(circular, (int)Math.Ceiling((circular.DeadlineInstant - now).TotalDays), recipients);
            return Task.CompletedTask;
        }, cancellationToken);
        logger.LogInformation("Reminded {Count} delegates about circular {Number} ({Days} days before the deadline).", recipients.Count, circular.Number, pending[0]);
    }

    private async Task CloseAsync(Circular circular, CancellationToken cancellationToken)
    {
        if (await db.ConsultationNotices.AnyAsync(n => n.CircularId == circular.Id && n.Kind == ConsultationNotice.DeadlinePassed, cancellationToken))
        {
            return;
        }

        var view = await tally.ReadAsync(circular.Id, cancellationToken);
        var secretariatRoleId = await db.Roles.Where(r => r.Name == Roles.Secretariat).Select(r => r.Id).SingleAsync(cancellationToken);
        var recipients = await db.Users.Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && ur.RoleId == secretariatRoleId)).ToListAsync(cancellationToken);
        await unitOfWork.InTransactionAsync(() =>
        {
            db.ConsultationNotices.Add(new ConsultationNotice
            {
                CircularId = circular.Id,
                Kind = ConsultationNotice.DeadlinePassed,
                SentAtUtc = clock.GetUtcNow().UtcDateTime,
                Recipients = recipients.Count,
            });
            mail.QueueDeadlinePassed(circular, view!.Tally, recipients);
            return Task.CompletedTask;
        }, cancellationToken);
    }

    /// <summary>Designated delegates of eligible Member States that have no reply received yet.</summary>
    private async Task<List<ApplicationUser>> NonRespondingDelegatesAsync(Circular circular, DateTime now, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(now);
        var replied = await db.Replies.Where(r => r.CircularId == circular.Id).Select(r => r.MemberStateCode).ToListAsync(cancellationToken);
        var members = (await db.MemberStates.AsNoTracking().ToListAsync(cancellationToken))
            .Where(m => m.IsMemberOn(circular.Date) && !replied.Contains(m.Code))
            .Select(m => m.Code)
            .ToHashSet();
        var delegateRoleId = await db.Roles.Where(r => r.Name == Roles.Delegate).Select(r => r.Id).SingleAsync(cancellationToken);
        var delegates = await db.Users
            .Where(u => u.MemberStateCode != null && db.UserRoles.Any(ur => ur.UserId == u.Id && ur.RoleId == delegateRoleId))
            .ToListAsync(cancellationToken);
        return delegates.Where(u => members.Contains(u.MemberStateCode!) && u.IsDesignatedOn(today)).ToList();
    }
}
