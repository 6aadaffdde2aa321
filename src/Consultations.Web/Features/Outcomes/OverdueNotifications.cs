using Consultations.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Consultations.Web.Features.Outcomes;

/// <summary>Decided texts whose result TSB has not notified by the due date of Res. 1, 9.6.</summary>
public sealed class OverdueNotifications(AppDbContext db, TimeProvider clock)
{
    public async Task<IReadOnlyList<OverdueNotification>> ListAsync(CancellationToken cancellationToken = default)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var circulars = await db.Circulars.AsNoTracking()
            .Where(c => !c.IsCancelled && c.Texts.Any(t => !t.IsWithdrawn && t.Decisions.Any() && t.Notification == null))
            .ToListAsync(cancellationToken);
        return circulars
            .SelectMany(c => c.ActiveTexts
                .Where(t => t.Decision is not null && t.Notification is null && t.NotificationDueOn(c.Meeting) < today)
                .Select(t => new OverdueNotification(c.Id, c.Number, t.DisplayNumber, t.NotificationDueOn(c.Meeting)!.Value)))
            .OrderBy(o => o.DueOn)
            .ToList();
    }
}

public sealed record OverdueNotification(int CircularId, int CircularNumber, string Text, DateOnly DueOn);
