using Consultations.Domain.Circulars;
using Consultations.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Consultations.Web.Features.Tally;

/// <summary>
/// Published circulars for pages that only read them: the caller reads the circular's revision (with its other
/// stamps, in one query), then gets the copy kept in memory for that revision, or a fresh load (the circular with its
/// texts is one query per collection). Every change to a circular raises its revision, so no instance of the portal
/// serves a stale copy.
/// </summary>
public sealed class CircularSnapshots(AppDbContext db, IMemoryCache cache)
{
    /// <summary>The published circular at a revision the caller has just read (with other stamps, in one query).</summary>
    public async Task<Circular?> AtRevisionAsync(int circularId, int revision, CancellationToken cancellationToken = default)
    {

        var key = (Circular: circularId, Revision: revision);
        if (cache.TryGetValue(key, out Circular? kept) && kept is not null)
        {
            return kept;
        }

        var circular = await db.Circulars.AsNoTracking().Include(c => c.Amendments).FirstOrDefaultAsync(c => c.Id == circularId && c.PublishedAtUtc != null, cancellationToken);
        if (circular is not null && circular.Revision == revision)
        {
            cache.Set(key, circular, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = TimeSpan.FromMinutes(10) });
        }

        return circular;
    }
}
