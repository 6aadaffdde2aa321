using Consultations.Domain.Circulars;
using Consultations.Domain.Membership;
using Consultations.Domain.Tally;
using Consultations.Infrastructure.Persistence;
using Consultations.Infrastructure.Telemetry;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Consultations.Web.Features.Tally;

/// <summary>
/// The tally of a circular from the stored versions, as of an instant. Versions are append-only, so the number of a
/// circular's versions and the highest version id, read with one small indexed query, say whether anything changed:
/// the tally is computed once per change (and per deadline, texts and roster) and served from memory until then. The
/// key comes from the database, so every instance of the portal sees the same change.
/// </summary>
public sealed class LiveTally(AppDbContext db, IMemoryCache cache, PortalMetrics metrics)
{
    public async Task<(TallyInputs Inputs, CircularTally Tally)> ComputeAsync(
        Circular circular, IReadOnlyList<MemberState> roster, DateTime atUtc, CancellationToken cancellationToken = default)
    {
        var stamp = await db.Replies.AsNoTracking()
            .Where(r => r.CircularId == circular.Id)
            .SelectMany(r => r.Versions)
            .GroupBy(_ => 1)
            .Select(g => new VersionStamp(g.Count(), g.Max(v => v.Id)))
            .FirstOrDefaultAsync(cancellationToken);
        return await ComputeAsync(circular, roster, atUtc, stamp ?? new VersionStamp(0, 0), cancellationToken);
    }

    /// <summary>The tally for a version stamp the caller has just read (with other stamps, in one query).</summary>
    public async Task<(TallyInputs Inputs, CircularTally Tally)> ComputeAsync(
        Circular circular, IReadOnlyList<MemberState> roster, DateTime atUtc, VersionStamp stamp, CancellationToken cancellationToken = default)
    {
        var textIds = circular.ActiveTexts.Select(t => t.Id).ToList();
        var key = new TallyKey(
            circular.Id,
            circular.DeadlineDate,
            string.Join(',', textIds),
            stamp.Count,
            stamp.LastId,
            RosterHash(roster),
            circular.DeadlinePassedAt(atUtc));
        if (!cache.TryGetValue(key, out (TallyInputs Inputs, CircularTally Tally) computed))
        {
            computed = await ComputeFromRowsAsync(circular, textIds, roster, atUtc, cancellationToken);
            metrics.TallyComputed();
            cache.Set(key, computed, new MemoryCacheEntryOptions { SlidingExpiration = TimeSpan.FromMinutes(10), Size = 1 });
        }

        return (computed.Inputs with { AtUtc = atUtc }, computed.Tally with { ComputedAtUtc = atUtc });
    }

    private async Task<(TallyInputs, CircularTally)> ComputeFromRowsAsync(
        Circular circular, IReadOnlyList<int> textIds, IReadOnlyList<MemberState> roster, DateTime atUtc, CancellationToken cancellationToken)
    {
        // Two flat queries (versions, then their opinions) whatever the number of replies; no per-reply round trips.
        var versionRows = await (
            from reply in db.Replies.AsNoTracking()
            where reply.CircularId == circular.Id
            from version in reply.Versions
            select new { version.Id, reply.MemberStateCode, version.Number, version.ReceivedAtUtc })
            .ToListAsync(cancellationToken);
        var opinionRows = await (
            from reply in db.Replies.AsNoTracking()
            where reply.CircularId == circular.Id
            from version in reply.Versions
            from opinion in version.Opinions
            select new { VersionId = version.Id, opinion.DraftTextId, opinion.Opinion })
            .ToListAsync(cancellationToken);

        var opinionsByVersion = opinionRows.ToLookup(o => o.VersionId);
        var versions = versionRows
            .Select(v => new TallyVersion(v.MemberStateCode, v.Number, v.ReceivedAtUtc, opinionsByVersion[v.Id].ToDictionary(o => o.DraftTextId, o => o.Opinion)) { VersionId = v.Id })
            .ToList();
        var inputs = new TallyRequest(circular.Date, circular.DeadlineDate, textIds, roster, versions, atUtc).ToInputs();
        return (inputs, TallyService.Compute(inputs));
    }

    private static int RosterHash(IReadOnlyList<MemberState> roster)
    {
        var hash = new HashCode();
        foreach (var state in roster)
        {
            hash.Add(state.Code);
            hash.Add(state.MemberSince);
            hash.Add(state.MemberUntil);
            hash.Add(state.IsObserver);
        }

        return hash.ToHashCode();
    }

    public sealed record VersionStamp(int Count, int LastId);

    private sealed record TallyKey(int CircularId, DateOnly Deadline, string Texts, int Versions, int LastVersionId, int Roster, bool DeadlinePassed);
}
