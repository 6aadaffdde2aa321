using Consultations.Web.Features.Shared;
using System.Globalization;
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
/// The tally of a circular as pages show it: the recorded final tally of the current deadline when there is one,
/// else the live tally (provisional before the deadline). Reading never writes; the deadline task records the final tally.
/// </summary>
public sealed class TallyReading(AppDbContext db, CircularSnapshots circulars, RosterSnapshots rosters, LiveTally live, FinalTallies finals, PeopleDirectory people, TimeProvider clock)
{
    public async Task<TallyView?> ReadAsync(int circularId, CancellationToken cancellationToken = default)
    {
        // One query answers whether anything kept in memory is stale: the circular's revision, the roster's stamp,
        // the circular's reply versions and its recorded final tallies.
        var stamps = await db.Circulars.AsNoTracking()
            .Where(c => c.Id == circularId && c.PublishedAtUtc != null)
            .Select(c => new
            {
                c.Revision,
                States = db.MemberStates.Sum(m => 1),
                StateRevisions = db.MemberStates.Sum(m => (long)m.Revision),
                Versions = db.Replies.Where(r => r.CircularId == c.Id).SelectMany(r => r.Versions).Count(),
                LastVersion = db.Replies.Where(r => r.CircularId == c.Id).SelectMany(r => r.Versions).Max(v => (int?)v.Id) ?? 0,
                FinalTallies = db.TallySnapshots.Count(s => s.CircularId == c.Id),
            })
            .FirstOrDefaultAsync(cancellationToken);
        if (stamps is null || await circulars.AtRevisionAsync(circularId, stamps.Revision, cancellationToken) is not { } circular)
        {
            return null;
        }

        var roster = await rosters.AtStampAsync(new RosterStamp(stamps.States, stamps.StateRevisions), cancellationToken);
        var history = stamps.FinalTallies == 0 ? [] : await finals.HistoryAsync(circularId, cancellationToken);
        var final = FinalTallies.CurrentOf(circular, history);
        var tally = final?.Tally ?? (await live.ComputeAsync(
            circular, roster, clock.GetUtcNow().UtcDateTime, new LiveTally.VersionStamp(stamps.Versions, stamps.LastVersion), cancellationToken)).Tally;
        return new TallyView(circular, roster.ToDictionary(m => m.Code), tally, history, final);
    }

    /// <summary>The Member States that have not replied, by name, without their delegates (no query).</summary>
    public static IReadOnlyList<NonResponder> NonResponderNames(TallyView view) =>
        view.Tally.NotReplied
            .Select(code => new NonResponder(code, view.StateName(code), []))
            .OrderBy(n => n.Name, StringComparer.CurrentCulture)
            .ToList();

    /// <summary>The Member States that have not replied, with their delegates, for follow-up.</summary>
    public async Task<IReadOnlyList<NonResponder>> NonRespondersAsync(TallyView view, CancellationToken cancellationToken = default)
    {
        var codes = view.Tally.NotReplied.ToList();
        var delegates = await people.InRoleAsync(Roles.Delegate, codes, cancellationToken);
        return codes
            .Select(code => new NonResponder(code, view.Roster[code].LocalName(), delegates.Where(d => d.MemberStateCode == code).Select(d => $"{d.DisplayName} <{d.Email}>").ToList()))
            .OrderBy(n => n.Name, StringComparer.CurrentCulture)
            .ToList();
    }

    /// <summary>Every version of every reply, for the drill-down, the compilation and the exports.</summary>
    public Task<List<Reply>> RepliesAsync(int circularId, CancellationToken cancellationToken = default) =>
        db.Replies.AsNoTracking().Where(r => r.CircularId == circularId).ToListAsync(cancellationToken);
}

public sealed record TallyView(
    Circular Circular,
    IReadOnlyDictionary<string, MemberState> Roster,
    CircularTally Tally,
    IReadOnlyList<TallySnapshot> Snapshots,
    StoredFinalTally? Final)
{
    /// <summary>The recorded final tally shown, if any (the live tally is shown otherwise).</summary>
    public TallySnapshot? Snapshot => Final?.Snapshot;

    /// <summary>Whether a recorded final tally was later replaced: by a correction, or by an extension of the deadline.</summary>
    public bool IsSuperseded(TallySnapshot snapshot) => snapshot.Id != Snapshot?.Id;

    /// <summary>The counting rule's answer for one reply of this circular.</summary>
    public ReplyCount<ReplyVersion> CountOf(Reply reply) => reply.CountIn(Circular, Roster.GetValueOrDefault(reply.MemberStateCode));

    public string StateName(string code) => Roster.TryGetValue(code, out var state) ? state.LocalName() : code;

    public static string Percent(decimal? value) => value is null ? "–" : value.Value.ToString("0.0", CultureInfo.CurrentCulture) + " %";
}

public sealed record NonResponder(string Code, string Name, IReadOnlyList<string> Delegates);
