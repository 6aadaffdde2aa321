using Consultations.Domain.Membership;

namespace Consultations.Domain.Tally;

/// <summary>Everything the tally depends on; nothing else (no I/O, no clock but <see cref="AtUtc"/>).</summary>
public sealed record TallyRequest(
    DateOnly CircularDate,
    DateOnly DeadlineDate,
    IReadOnlyList<int> TextIds,
    IReadOnlyList<MemberState> Roster,
    IReadOnlyList<TallyVersion> Versions,
    DateTime AtUtc)
{
    /// <summary>The roster reduced to what counting needs: the standing of each state on the circular's date.</summary>
    public TallyInputs ToInputs() => new(
        DeadlineDate,
        TextIds,
        Roster.ToDictionary(m => m.Code, m => CountingRule.StandingOf(m, CircularDate), StringComparer.Ordinal),
        Versions,
        AtUtc);
}

/// <summary>The tally's inputs once the roster is reduced to standings; what a stored final tally keeps to be recomputed.</summary>
public sealed record TallyInputs(
    DateOnly DeadlineDate,
    IReadOnlyList<int> TextIds,
    IReadOnlyDictionary<string, Standing> Standings,
    IReadOnlyList<TallyVersion> Versions,
    DateTime AtUtc);
