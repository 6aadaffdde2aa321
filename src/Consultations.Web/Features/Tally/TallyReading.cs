using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Consultations.Domain.Circulars;
using Consultations.Domain.Membership;
using Consultations.Domain.Replies;
using Consultations.Domain.Tally;
using Consultations.Infrastructure.Identity;
using Consultations.Infrastructure.Persistence;
using Consultations.Infrastructure.Tally;
using Microsoft.EntityFrameworkCore;

namespace Consultations.Web.Features.Tally;

/// <summary>
/// The tally of a circular: the rows the domain's tally service needs come from one query for the versions and
/// one for the roster; after the deadline the first reading stores the final tally as an immutable snapshot.
/// </summary>
public sealed class TallyReading(AppDbContext db, PeopleDirectory people, TimeProvider clock)
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    public async Task<TallyView?> ReadAsync(int circularId, CancellationToken cancellationToken = default)
    {
        var circular = await db.Circulars.AsNoTracking().FirstOrDefaultAsync(c => c.Id == circularId && c.PublishedAtUtc != null, cancellationToken);
        if (circular is null)
        {
            return null;
        }

        var roster = await db.MemberStates.AsNoTracking().ToListAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var snapshots = await db.TallySnapshots.AsNoTracking().Where(s => s.CircularId == circularId).OrderBy(s => s.TakenAtUtc).ToListAsync(cancellationToken);
        CircularTally tally;
        if (now > circular.DeadlineInstant && snapshots.Count == 0)
        {
            tally = await ComputeAsync(circular, roster, now, cancellationToken);
            snapshots.Add(await StoreSnapshotAsync(circular.Id, tally, "Final tally, first read after the deadline", cancellationToken));
        }
        else if (snapshots.Count > 0)
        {
            tally = JsonSerializer.Deserialize<CircularTally>(snapshots[^1].Content, Json)!;
        }
        else
        {
            tally = await ComputeAsync(circular, roster, now, cancellationToken);
        }

        return new TallyView(circular, roster.ToDictionary(m => m.Code), tally, snapshots);
    }

    /// <summary>The live tally from the stored versions: one query for every version's opinions.</summary>
    public async Task<CircularTally> ComputeAsync(Circular circular, IReadOnlyList<MemberState> roster, DateTime atUtc, CancellationToken cancellationToken = default)
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
            .Select(v => new TallyVersion(v.MemberStateCode, v.Number, v.ReceivedAtUtc, opinionsByVersion[v.Id].ToDictionary(o => o.DraftTextId, o => o.Opinion)))
            .ToList();
        return TallyService.Compute(new TallyRequest(
            circular.Date,
            circular.DeadlineDate,
            circular.ActiveTexts.Select(t => t.Id).ToList(),
            roster,
            versions,
            atUtc));
    }

    /// <summary>A reply recorded after the final snapshot but received in time changes the final tally: a new snapshot, with the reason.</summary>
    public async Task ResnapshotIfFinalAsync(Circular circular, string reason)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (now <= circular.DeadlineInstant || !await db.TallySnapshots.AnyAsync(s => s.CircularId == circular.Id))
        {
            return;
        }

        var roster = await db.MemberStates.AsNoTracking().ToListAsync();
        await StoreSnapshotAsync(circular.Id, await ComputeAsync(circular, roster, now), reason);
    }

    public async Task<IReadOnlyList<NonResponder>> NonRespondersAsync(TallyView view, CancellationToken cancellationToken = default)
    {
        var codes = view.Tally.NotReplied.ToList();
        var delegates = await people.InRoleAsync(Roles.Delegate, codes, cancellationToken);
        return codes
            .Select(code => new NonResponder(code, view.Roster[code].Name, delegates.Where(d => d.MemberStateCode == code).Select(d => $"{d.DisplayName} <{d.Email}>").ToList()))
            .OrderBy(n => n.Name, StringComparer.CurrentCulture)
            .ToList();
    }

    /// <summary>Every version of every reply, for the drill-down, the compilation and the exports.</summary>
    public Task<List<Reply>> RepliesAsync(int circularId, CancellationToken cancellationToken = default) =>
        db.Replies.AsNoTracking().Where(r => r.CircularId == circularId).ToListAsync(cancellationToken);

    private async Task<TallySnapshot> StoreSnapshotAsync(int circularId, CircularTally tally, string reason, CancellationToken cancellationToken = default)
    {
        var content = JsonSerializer.Serialize(tally, Json);
        var snapshot = new TallySnapshot
        {
            CircularId = circularId,
            TakenAtUtc = tally.ComputedAtUtc,
            Reason = reason,
            Content = content,
            Digest = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content))),
        };
        db.TallySnapshots.Add(snapshot);
        await db.SaveChangesAsync(cancellationToken);
        return snapshot;
    }
}

public sealed record TallyView(Circular Circular, IReadOnlyDictionary<string, MemberState> Roster, CircularTally Tally, IReadOnlyList<TallySnapshot> Snapshots)
{
    public TallySnapshot? Snapshot => Snapshots.Count == 0 ? null : Snapshots[^1];

    public string StateName(string code) => Roster.TryGetValue(code, out var state) ? state.Name : code;

    public static string Percent(decimal? value) => value is null ? "–" : value.Value.ToString("0.0", CultureInfo.CurrentCulture) + " %";
}

public sealed record NonResponder(string Code, string Name, IReadOnlyList<string> Delegates);
