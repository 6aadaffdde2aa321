using Consultations.Domain.Membership;

namespace Consultations.Domain.Tally;

/// <summary>Everything the tally depends on; nothing else (no I/O, no clock but <see cref="AtUtc"/>).</summary>
public sealed record TallyRequest(
    DateOnly CircularDate,
    DateOnly DeadlineDate,
    IReadOnlyList<int> TextIds,
    IReadOnlyList<MemberState> Roster,
    IReadOnlyList<TallyVersion> Versions,
    DateTime AtUtc);
