using Consultations.Domain.Circulars;
using Consultations.Infrastructure.Auditing;
using Consultations.Infrastructure.Identity;
using Consultations.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Consultations.Web.Features.Calendar;

/// <summary>
/// A user's calendar feed: a secret address that calendar applications read without signing in. Only the secret's
/// SHA-256 is stored, so it is shown once when created; creating another replaces it, and revoking ends it.
/// </summary>
public sealed class CalendarFeeds(AppDbContext db, AuditLog audit, UnitOfWork unitOfWork, TimeProvider clock)
{
    /// <summary>How long after its deadline a consultation stays in the feed (its meeting usually follows).</summary>
    public static readonly int DaysAfterDeadline = 60;

    public async Task<string> CreateAsync(ApplicationUser user)
    {
        var secret = Secrets.New();
        await unitOfWork.InTransactionAsync(user, current =>
        {
            var replaced = current.CalendarFeedHash is not null;
            current.CalendarFeedHash = Secrets.Hash(secret);
            audit.Record(replaced ? "CalendarFeed.Replaced" : "CalendarFeed.Created", "User", current.Id);
            return Task.CompletedTask;
        });
        return secret;
    }

    public Task RevokeAsync(ApplicationUser user) =>
        unitOfWork.InTransactionAsync(user, current =>
        {
            current.CalendarFeedHash = null;
            audit.Record("CalendarFeed.Revoked", "User", current.Id);
            return Task.CompletedTask;
        });

    /// <summary>The circulars of the feed with this secret, or null when no user has it.</summary>
    public async Task<IReadOnlyList<Circular>?> CircularsForAsync(string secret, CancellationToken cancellationToken)
    {
        if (secret.Length is < 20 or > 100)
        {
            return null;
        }

        var hash = Secrets.Hash(secret);
        if (!await db.Users.AnyAsync(u => u.CalendarFeedHash == hash, cancellationToken))
        {
            return null;
        }

        var since = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).AddDays(-DaysAfterDeadline);
        return await db.Circulars.AsNoTracking()
            .Where(c => c.PublishedAtUtc != null && c.DeadlineDate >= since)
            .OrderBy(c => c.DeadlineDate)
            .ToListAsync(cancellationToken);
    }

}
