using Consultations.Domain.Membership;
using Consultations.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Consultations.Web.Features.Tally;

/// <summary>
/// The roster of Member States for pages that only read it: the caller reads its stamp (how many states, the sum of
/// their revisions), then gets the copy kept in memory for that stamp, or a fresh load. Every correction raises a state's
/// revision and states are only ever added, so a change always moves the stamp, on every instance of the portal.
/// </summary>
public sealed class RosterSnapshots(AppDbContext db, IMemoryCache cache)
{
    /// <summary>The roster at a stamp the caller has just read (with other stamps, in one query).</summary>
    public async Task<IReadOnlyList<MemberState>> AtStampAsync(RosterStamp stamp, CancellationToken cancellationToken = default)
    {
        if (cache.TryGetValue(stamp, out IReadOnlyList<MemberState>? kept) && kept is not null)
        {
            return kept;
        }

        var roster = await db.MemberStates.AsNoTracking().ToListAsync(cancellationToken);
        cache.Set(stamp, (IReadOnlyList<MemberState>)roster, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = TimeSpan.FromMinutes(10) });
        return roster;
    }
}

public sealed record RosterStamp(int Count, long Revisions);
