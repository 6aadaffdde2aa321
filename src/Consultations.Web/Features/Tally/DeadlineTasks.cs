using Consultations.Domain.Circulars;
using Consultations.Infrastructure.Email;
using Consultations.Infrastructure.Identity;
using Consultations.Infrastructure.Persistence;
using Consultations.Web.Email;
using Consultations.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Consultations.Web.Features.Tally;

/// <summary>
/// What the clock triggers: reminders to non-responders at the configured offsets before the deadline (never after it,
/// at most one per offset), then, once the deadline has passed, the final snapshot and the notice to the secretariat.
/// </summary>
public sealed class DeadlineTasks(
    AppDbContext db,
    FinalTallies finals,
    PeopleDirectory people,
    DeadlineMail mail,
    UnitOfWork unitOfWork,
    IOptions<EmailOptions> options,
    TimeProvider clock,
    ILogger<DeadlineTasks> logger)
{
    public async Task RunAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;

        // Circulars whose deadline notice went out are finished; the rest, and the reminders they already had, come in two queries.
        var circulars = await db.Circulars.AsNoTracking()
            .Where(c => c.PublishedAtUtc != null
                && !c.IsCancelled
                && !db.ConsultationNotices.Any(n => n.CircularId == c.Id && n.DeadlineDate == c.DeadlineDate && n.Kind == ConsultationNotice.DeadlinePassed))
            .ToListAsync(cancellationToken);
        var ids = circulars.Select(c => c.Id).ToList();
        var reminded = (await db.ConsultationNotices.AsNoTracking()
                .Where(n => ids.Contains(n.CircularId) && n.Kind == ConsultationNotice.Reminder)
                .Select(n => new { n.CircularId, n.DeadlineDate, n.OffsetDays })
                .ToListAsync(cancellationToken))
            .ToLookup(n => (n.CircularId, n.DeadlineDate), n => n.OffsetDays);

        foreach (var circular in circulars)
        {
            try
            {
                if (!circular.DeadlinePassedAt(now))
                {
                    await RemindAsync(circular, reminded[(circular.Id, circular.DeadlineDate)].ToList(), now, cancellationToken);
                }
                else
                {
                    await CloseAsync(circular, now, cancellationToken);
                }
            }
            catch (DbUpdateException)
            {
                // Another instance sent this notice or recorded this final tally first: the unique keys kept each to one.
                db.ChangeTracker.Clear();
            }
        }
    }

    private async Task RemindAsync(Circular circular, List<int> sent, DateTime now, CancellationToken cancellationToken)
    {
        var pending = options.Value.ReminderDays
            .Where(days => days > 0 && circular.DeadlinePassedAt(now.AddDays(days)) && !sent.Contains(days))
            .Order()
            .ToList();
        if (pending.Count == 0)
        {
            return;
        }

        // Only the nearest offset is sent; a missed earlier one is recorded so that it never goes out late.
        var replied = await db.Replies.Where(r => r.CircularId == circular.Id).Select(r => r.MemberStateCode).ToListAsync(cancellationToken);
        var recipients = await people.DesignatedDelegatesAsync(circular, DateOnly.FromDateTime(now), replied, cancellationToken);
        await unitOfWork.InTransactionAsync(() =>
        {
            foreach (var days in pending)
            {
                db.ConsultationNotices.Add(new ConsultationNotice
                {
                    CircularId = circular.Id,
                    DeadlineDate = circular.DeadlineDate,
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

    /// <summary>Records the final tally of the deadline that passed and tells the secretariat, in one transaction.</summary>
    private async Task CloseAsync(Circular circular, DateTime now, CancellationToken cancellationToken)
    {
        var recipients = await people.InRoleAsync(Roles.Secretariat, cancellationToken: cancellationToken);
        await unitOfWork.InTransactionAsync(async () =>
        {
            var tally = await finals.RecordAsync(circular, FinalTallyReasons.AtTheDeadline, cancellationToken)
                ?? throw new InvalidOperationException("The deadline has not passed.");
            db.ConsultationNotices.Add(new ConsultationNotice
            {
                CircularId = circular.Id,
                DeadlineDate = circular.DeadlineDate,
                Kind = ConsultationNotice.DeadlinePassed,
                SentAtUtc = now,
                Recipients = recipients.Count,
            });
            mail.QueueDeadlinePassed(circular, tally, recipients);
        }, cancellationToken);
        logger.LogInformation("Recorded the final tally of circular {Number} for the deadline {Deadline:yyyy-MM-dd}.", circular.Number, circular.DeadlineDate);
    }
}
