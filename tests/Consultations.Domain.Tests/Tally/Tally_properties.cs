using CsCheck;
using Consultations.Domain.Membership;
using Consultations.Domain.Replies;
using Consultations.Domain.Tally;

namespace Consultations.Domain.Tests.Tally;

/// <summary>Properties that hold for every roster and every set of replies.</summary>
public class Tally_properties
{
    private static readonly DateOnly CircularDate = new(2026, 2, 13);
    private static readonly DateOnly Deadline = new(2026, 5, 20);
    private static readonly int[] TextIds = [1, 2, 3];

    private static readonly Gen<MemberState> GenState =
        Gen.Select(Gen.Int[0, 40], Gen.Int[0, 3], (i, kind) => kind switch
        {
            0 => new MemberState(Code(i), $"Observer {i}", isObserver: true),
            1 => new MemberState(Code(i), $"Joined late {i}", new DateOnly(2026, 3, 1)),
            _ => new MemberState(Code(i), $"Member {i}"),
        });

    private static readonly Gen<TallyVersion> GenVersion =
        Gen.Select(
            Gen.Int[0, 40],
            Gen.Int[1, 5],
            Gen.Int[-48, 48],
            Gen.Int[0, 3].Array[3],
            (state, number, hoursFromDeadline, opinions) => new TallyVersion(
                Code(state),
                number,
                new DateTime(2026, 5, 21, 0, 0, 0, DateTimeKind.Utc).AddHours(hoursFromDeadline).AddTicks(number),
                TextIds.Where((_, i) => opinions[i] < 3).ToDictionary(id => id, id => (Opinion)opinions[id - 1])));

    private static readonly Gen<(List<MemberState> Roster, List<TallyVersion> Versions)> GenCase =
        Gen.Select(GenState.List[0, 30], GenVersion.List[0, 60], (roster, versions) => (
            roster.DistinctBy(s => s.Code).ToList(),
            versions.DistinctBy(v => (v.MemberStateCode, v.VersionNumber)).ToList()));

    private static string Code(int i) => $"Q{(char)('A' + (i / 26))}{(char)('A' + (i % 26))}";

    private static CircularTally Compute(List<MemberState> roster, IEnumerable<TallyVersion> versions) =>
        TallyService.Compute(new TallyRequest(CircularDate, Deadline, TextIds, roster, versions.ToList(), new DateTime(2026, 6, 1, 0, 0, 0, DateTimeKind.Utc)));

    [Fact]
    public void Every_eligible_state_is_in_exactly_one_column_of_every_text()
    {
        GenCase.Sample(c =>
        {
            var tally = Compute(c.Roster, c.Versions);
            var eligible = c.Roster.Count(s => s.IsMemberOn(CircularDate));
            return tally.EligibleMemberStates == eligible
                && tally.Texts.All(t => t.Supporting + t.NotSupporting + t.NoOpinion + t.NotReplied == eligible);
        });
    }

    [Fact]
    public void Late_and_observer_replies_never_change_the_counts()
    {
        GenCase.Sample(c =>
        {
            var eligible = c.Roster.Where(s => s.IsMemberOn(CircularDate)).Select(s => s.Code).ToHashSet();
            var countable = c.Versions.Where(v => eligible.Contains(v.MemberStateCode) && v.ReceivedAtUtc <= new DateTime(2026, 5, 21, 0, 0, 0, DateTimeKind.Utc).AddTicks(-1));
            var all = Compute(c.Roster, c.Versions);
            var onlyCountable = Compute(c.Roster, countable);
            return all.Texts.Zip(onlyCountable.Texts).All(p =>
                p.First.SupportingNoComments == p.Second.SupportingNoComments
                && p.First.SupportingWithComments == p.Second.SupportingWithComments
                && p.First.NotSupporting == p.Second.NotSupporting
                && p.First.NoOpinion == p.Second.NoOpinion
                && p.First.ConsiderationAuthorized == p.Second.ConsiderationAuthorized);
        });
    }

    [Fact]
    public void Reordering_replies_never_changes_the_result()
    {
        Gen.Select(GenCase, Gen.Int).Sample((c, seed) =>
        {
            var shuffled = c.Versions.OrderBy(v => HashCode.Combine(v.MemberStateCode, v.VersionNumber, seed)).ToList();
            var first = Compute(c.Roster, c.Versions);
            var second = Compute(c.Roster, shuffled);
            return first.Texts.SequenceEqual(second.Texts)
                && first.NotReplied.SequenceEqual(second.NotReplied)
                && first.LateReplies.SequenceEqual(second.LateReplies)
                && first.RepliesCounted == second.RepliesCounted;
        });
    }

    [Fact]
    public void The_decision_always_equals_the_rule_in_integers()
    {
        GenCase.Sample(c => Compute(c.Roster, c.Versions).Texts
            .All(t => t.ConsiderationAuthorized == (10 * t.Supporting >= 7 * (t.Supporting + t.NotSupporting))));
    }
}
