using Consultations.Domain.Circulars;
using Consultations.Domain.Replies;

namespace Consultations.Domain.Tally;

/// <summary>
/// The tally as a pure function of replies, deadline and standings (Res. 1, 9.4). Which version counts is
/// <see cref="CountingRule"/>'s answer; this class only adds up the opinions of the counted versions per text.
/// </summary>
public static class TallyService
{
    public static CircularTally Compute(TallyRequest request) => Compute(request.ToInputs());

    public static CircularTally Compute(TallyInputs inputs)
    {
        var eligible = inputs.Standings.Where(s => s.Value == Standing.MemberState).Select(s => s.Key).ToHashSet(StringComparer.Ordinal);
        var byState = inputs.Versions
            .GroupBy(v => v.MemberStateCode, StringComparer.Ordinal)
            .Select(g => (Code: g.Key, Count: CountingRule.Apply(g, inputs.Standings.GetValueOrDefault(g.Key, Standing.NotEligible), inputs.DeadlineDate)))
            .ToList();

        var counted = byState.Where(s => s.Count.Counted is not null).ToDictionary(s => s.Code, s => s.Count.Counted!, StringComparer.Ordinal);
        var late = byState.Where(s => s.Count.Standing == Standing.MemberState && s.Count.LatestLate is not null).ToList();
        var observers = byState.Where(s => s.Count.Standing == Standing.Observer).ToList();

        var texts = inputs.TextIds
            .Select(textId => TallyText(
                textId,
                eligible.Count,
                counted.Values,
                late.Select(s => s.Count.LatestLate!).ToList(),
                observers.Select(s => s.Count.Shown!).ToList()))
            .ToList();

        var status = TapCalendar.IsOnTime(inputs.AtUtc, inputs.DeadlineDate) ? TallyStatus.Provisional : TallyStatus.Final;
        return new CircularTally(
            inputs.AtUtc,
            inputs.DeadlineDate,
            status,
            eligible.Count,
            counted.Count,
            eligible.Where(code => !counted.ContainsKey(code)).Order(StringComparer.Ordinal).ToList(),
            late.Select(s => s.Code).Order(StringComparer.Ordinal).ToList(),
            observers.Select(s => s.Code).Order(StringComparer.Ordinal).ToList(),
            texts)
        {
            CountedVersions = counted.Values.OrderBy(v => v.MemberStateCode, StringComparer.Ordinal).ToList(),
            ShownVersions = late.Select(s => s.Count.LatestLate!).Concat(observers.Select(s => s.Count.Shown!))
                .Distinct()
                .OrderBy(v => v.MemberStateCode, StringComparer.Ordinal)
                .ThenBy(v => v.VersionNumber)
                .ToList(),
        };
    }

    private static TextTally TallyText(
        int textId,
        int eligibleCount,
        IReadOnlyCollection<TallyVersion> counted,
        IReadOnlyCollection<TallyVersion> late,
        IReadOnlyCollection<TallyVersion> observers)
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

        return new TextTally(
            textId,
            noComments,
            withComments,
            notSupporting,
            noOpinion,
            NotReplied: eligibleCount - counted.Count,
            Late: late.Count(v => v.Opinions.ContainsKey(textId)),
            ObserverReplies: observers.Count(v => v.Opinions.ContainsKey(textId)));
    }
}
