using Consultations.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Consultations.Infrastructure.Coordination;

/// <summary>Takes or renews a named lease; of replicas asking at once, one wins and the others are told no.</summary>
public sealed class Leases(AppDbContext db, TimeProvider clock)
{
    public async Task<bool> TryHoldAsync(string name, string holder, TimeSpan duration, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        try
        {
            var lease = await db.Leases.FirstOrDefaultAsync(l => l.Name == name, cancellationToken);
            if (lease is null)
            {
                db.Leases.Add(new Lease { Name = name, Holder = holder, HeldUntilUtc = now + duration });
            }
            else if (lease.Holder == holder || lease.HeldUntilUtc <= now)
            {
                lease.Holder = holder;
                lease.HeldUntilUtc = now + duration;
                lease.ConcurrencyStamp = Guid.NewGuid();
            }
            else
            {
                return false;
            }

            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            // Another replica inserted or renewed it first (a duplicate key or a changed stamp).
            db.ChangeTracker.Clear();
            return false;
        }
    }
}
