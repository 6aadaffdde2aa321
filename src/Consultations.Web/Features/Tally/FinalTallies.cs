using Consultations.Domain.Circulars;
using Consultations.Domain.Tally;
using Consultations.Infrastructure.Persistence;
using Consultations.Infrastructure.Tally;
using Microsoft.EntityFrameworkCore;

namespace Consultations.Web.Features.Tally;

/// <summary>
/// The recorded final tallies of a circular. Only writers call <see cref="RecordAsync"/> and <see cref="CorrectAsync"/>
/// (the deadline task, the recording of a reply, the recording of an outcome), each inside its own transaction; pages
/// only read. The unique key (circular, deadline, sequence) keeps one final tally per deadline whoever writes first.
/// </summary>
public sealed class FinalTallies(AppDbContext db, LiveTally live, TimeProvider clock)
{
    public Task<List<TallySnapshot>> HistoryAsync(int circularId, CancellationToken cancellationToken = default) =>
        db.TallySnapshots.AsNoTracking()
            .Where(s => s.CircularId == circularId)
            .OrderBy(s => s.DeadlineDate)
            .ThenBy(s => s.Sequence)
            .ToListAsync(cancellationToken);

    /// <summary>The final tally that stands for the circular's current deadline, if recorded.</summary>
    public static StoredFinalTally? CurrentOf(Circular circular, IEnumerable<TallySnapshot> history) =>
        history.Where(s => s.DeadlineDate == circular.DeadlineDate).MaxBy(s => s.Sequence) is { } snapshot
            ? StoredFinalTally.Read(snapshot)
            : null;

    /// <summary>
    /// Records the final tally of the circular's current deadline, unless it is recorded already (then returns that one).
    /// Returns null before the deadline. Call inside a transaction.
    /// </summary>
    public async Task<CircularTally?> RecordAsync(Circular circular, string reason, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (!circular.DeadlinePassedAt(now))
        {
            return null;
        }

        var existing = await LatestAsync(circular, cancellationToken);
        return existing is not null
            ? StoredFinalTally.Read(existing).Tally
            : await StoreAsync(circular, 1, reason, now, cancellationToken);
    }

    /// <summary>
    /// After TSB records a reply received in time once the final tally exists, the tally follows it: a new record with
    /// the reason, the earlier one kept. Call inside the transaction that stores the reply.
    /// </summary>
    public async Task CorrectAsync(Circular circular, string reason, CancellationToken cancellationToken = default)
    {
        var latest = await LatestAsync(circular, cancellationToken);
        if (latest is null)
        {
            return;
        }

        await db.SaveChangesAsync(cancellationToken);
        await StoreAsync(circular, latest.Sequence + 1, reason, clock.GetUtcNow().UtcDateTime, cancellationToken);
    }

    private Task<TallySnapshot?> LatestAsync(Circular circular, CancellationToken cancellationToken) =>
        db.TallySnapshots.AsNoTracking()
            .Where(s => s.CircularId == circular.Id && s.DeadlineDate == circular.DeadlineDate)
            .OrderByDescending(s => s.Sequence)
            .FirstOrDefaultAsync(cancellationToken);

    private async Task<CircularTally> StoreAsync(Circular circular, int sequence, string reason, DateTime now, CancellationToken cancellationToken)
    {
        var roster = await db.MemberStates.AsNoTracking().ToListAsync(cancellationToken);
        var (inputs, tally) = await live.ComputeAsync(circular, roster, now, cancellationToken);
        var content = FinalTallyRecord.From(circular.Id, inputs, tally).ToJson();
        db.TallySnapshots.Add(new TallySnapshot
        {
            CircularId = circular.Id,
            DeadlineDate = circular.DeadlineDate,
            Sequence = sequence,
            FormatVersion = FinalTallyRecord.CurrentFormat,
            TakenAtUtc = now,
            Reason = reason,
            Content = content,
            Digest = FinalTallyRecord.DigestOf(content),
        });
        return tally;
    }
}
