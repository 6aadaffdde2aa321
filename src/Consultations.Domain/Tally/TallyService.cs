using Consultations.Domain.Circulars;
using Consultations.Domain.Replies;

namespace Consultations.Domain.Tally;

/// <summary>
/// The tally as a pure function of replies, deadline and roster (Res. 1, 9.4).
/// Counts one reply per Member State: its latest version received by the deadline. Late versions,
/// observers' replies and states that were not members on the circular's date are shown but never counted.
/// </summary>
public static class TallyService
{
    public static CircularTally Compute(TallyRequest request)
    {
        var eligible = request.Roster
            .Where(m => m.IsMemberOn(request.CircularDate))
            .Select(m => m.Code)
            .ToHashSet(StringComparer.Ordinal);
        var observers = request.Roster
            .Where(m => m.IsObserver)
            .Select(m => m.Code)
            .ToHashSet(StringComparer.Ordinal);

        var byState = request.Versions
            .GroupBy(v => v.MemberStateCode, StringComparer.Ordinal)
            .Select(g => new StateReplies(
                g.Key,
                Counted: Latest(g.Where(v => TapCalendar.IsOnTime(v.ReceivedAtUtc, request.DeadlineDate))),
                LatestLate: Latest(g.Where(v => !TapCalendar.IsOnTime(v.ReceivedAtUtc, request.DeadlineDate)))))
            .ToList();

        var counted = byState
            .Where(s => eligible.Contains(s.Code) && s.Counted is not null)
            .ToDictionary(s => s.Code, s => s.Counted!, StringComparer.Ordinal);
        var late = byState
            .Where(s => eligible.Contains(s.Code) && s.LatestLate is not null)
            .ToList();
        var observerReplies = byState
            .Where(s => observers.Contains(s.Code))
            .ToList();

        var texts = request.TextIds
            .Select(textId => TallyText(textId, eligible.Count, counted.Values, late, observerReplies))
            .ToList();

        var status = TapCalendar.IsOnTime(request.AtUtc, request.DeadlineDate) ? TallyStatus.Provisional : TallyStatus.Final;
        return new CircularTally(
            request.AtUtc,
            status,
            eligible.Count,
            counted.Count,
            eligible.Where(code => !counted.ContainsKey(code)).Order(StringComparer.Ordinal).ToList(),
            late.Select(s => s.Code).Order(StringComparer.Ordinal).ToList(),
            observerReplies.Select(s => s.Code).Order(StringComparer.Ordinal).ToList(),
            texts);
    }

    private static TextTally TallyText(
        int textId,
        int eligibleCount,
        IReadOnlyCollection<TallyVersion> counted,
        IReadOnlyCollection<StateReplies> late,
        IReadOnlyCollection<StateReplies> observerReplies)
    {
        int noComments = 0, withComments = 0, notSupporting = 0, noOpinion = 0;
        foreach (var version in counted)
        {
            if (!version.Opinions.TryGetValue(textId, out var opinion))
            {
                noOpinion++;
                continue;
            }

            switch (opinion)
            {
                case Opinion.AssignsAuthorityNoComments:
                    noComments++;
                    break;
                case Opinion.AssignsAuthorityWithComments:
                    withComments++;
                    break;
                default:
                    notSupporting++;
                    break;
            }
        }

        var lateOnText = late.Count(s => s.LatestLate!.Opinions.ContainsKey(textId));
        var observersOnText = observerReplies.Count(s => (s.Counted ?? s.LatestLate)?.Opinions.ContainsKey(textId) == true);
        return new TextTally(
            textId,
            noComments,
            withComments,
            notSupporting,
            noOpinion,
            NotReplied: eligibleCount - counted.Count,
            Late: lateOnText,
            ObserverReplies: observersOnText);
    }

    private static TallyVersion? Latest(IEnumerable<TallyVersion> versions) => versions
        .OrderBy(v => v.ReceivedAtUtc)
        .ThenBy(v => v.VersionNumber)
        .LastOrDefault();

    private sealed record StateReplies(string Code, TallyVersion? Counted, TallyVersion? LatestLate);
}
