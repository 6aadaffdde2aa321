using Consultations.Domain.Circulars;
using Consultations.Domain.Membership;

namespace Consultations.Domain.Tally;

/// <summary>What the counting rule needs of a version: when TSB received it, and its number within the reply.</summary>
public interface ICountableVersion
{
    int Number { get; }

    DateTime ReceivedAtUtc { get; }
}

/// <summary>Whose reply it is, as far as counting goes.</summary>
public enum Standing
{
    /// <summary>A Member State of ITU on the circular's date: its reply counts (9.4.1).</summary>
    MemberState,

    /// <summary>An observer (Res. 99): its reply is stored and shown, never counted.</summary>
    Observer,

    /// <summary>Not a member on the circular's date (joined later, or left before).</summary>
    NotEligible,
}

/// <summary>Where one version stands in its reply.</summary>
public enum VersionStatus
{
    /// <summary>The latest version received by the deadline, of a Member State: the one the tally counts.</summary>
    Counts,

    /// <summary>Received by the deadline, then replaced by a later on-time version.</summary>
    Superseded,

    /// <summary>Received after the deadline: kept, never counted.</summary>
    Late,

    /// <summary>The standing version of an observer or of a state that was not a member: shown, never counted.</summary>
    NotCounted,
}

/// <summary>
/// The counting rule of Res. 1, 9.4.1, written once: one reply per Member State per circular; the latest version
/// received at or before 2359 UTC on the deadline stands; observers' replies, late versions and replies of states
/// that were not members on the circular's date are kept and shown but never counted. The tally, the drill-down,
/// the exports, the receipt and the circular page all ask this class.
/// </summary>
public static class CountingRule
{
    public static Standing StandingOf(MemberState? state, DateOnly circularDate) => state switch
    {
        null => Standing.NotEligible,
        _ when state.IsMemberOn(circularDate) => Standing.MemberState,
        { IsObserver: true } => Standing.Observer,
        _ => Standing.NotEligible,
    };

    public static ReplyCount<T> Apply<T>(IEnumerable<T> versions, Standing standing, DateOnly deadlineDate)
        where T : class, ICountableVersion
    {
        T? latestOnTime = null;
        T? latestLate = null;
        foreach (var version in versions)
        {
            if (TapCalendar.IsOnTime(version.ReceivedAtUtc, deadlineDate))
            {
                latestOnTime = Later(latestOnTime, version);
            }
            else
            {
                latestLate = Later(latestLate, version);
            }
        }

        return new ReplyCount<T>(standing, deadlineDate, standing == Standing.MemberState ? latestOnTime : null, latestOnTime, latestLate);
    }

    /// <summary>The rule applied to a whole reply of a circular, with the state it comes from.</summary>
    public static ReplyCount<Replies.ReplyVersion> Apply(Circular circular, Replies.Reply reply, MemberState? state) =>
        Apply(reply.Versions, StandingOf(state, circular.Date), circular.DeadlineDate);

    private static T Later<T>(T? current, T candidate)
        where T : class, ICountableVersion =>
        current is null
        || TapCalendar.ToUtc(candidate.ReceivedAtUtc) > TapCalendar.ToUtc(current.ReceivedAtUtc)
        || (candidate.ReceivedAtUtc == current.ReceivedAtUtc && candidate.Number > current.Number)
            ? candidate
            : current;
}

/// <summary>The counting rule's answer for one reply.</summary>
/// <param name="Counted">The version the tally counts; null when none does (late only, observer, not a member, no version).</param>
/// <param name="LatestOnTime">The latest version received by the deadline, whoever sent it.</param>
/// <param name="LatestLate">The latest version received after the deadline.</param>
public sealed record ReplyCount<T>(Standing Standing, DateOnly DeadlineDate, T? Counted, T? LatestOnTime, T? LatestLate)
    where T : class, ICountableVersion
{
    /// <summary>The version to show for the reply: the one that stands by the deadline, else the latest late one.</summary>
    public T? Shown => LatestOnTime ?? LatestLate;

    /// <summary>True when every version arrived after the deadline.</summary>
    public bool IsLateOnly => LatestOnTime is null && LatestLate is not null;

    public VersionStatus StatusOf(T version)
    {
        if (!TapCalendar.IsOnTime(version.ReceivedAtUtc, DeadlineDate))
        {
            return VersionStatus.Late;
        }

        if (ReferenceEquals(version, Counted))
        {
            return VersionStatus.Counts;
        }

        return ReferenceEquals(version, LatestOnTime) ? VersionStatus.NotCounted : VersionStatus.Superseded;
    }
}
