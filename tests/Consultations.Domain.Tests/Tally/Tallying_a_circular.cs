using Consultations.Domain.Membership;
using Consultations.Domain.Replies;
using Consultations.Domain.Tally;

namespace Consultations.Domain.Tests.Tally;

public class Tallying_a_circular
{
    private static readonly DateOnly Date = Builders.Circular104Date;
    private static readonly DateOnly Deadline = new(2026, 5, 20);
    private static readonly DateTime OnTime = Builders.Utc(2026, 5, 1);
    private static readonly DateTime Late = Builders.Utc(2026, 5, 21, 0, 1);

    private static List<MemberState> Roster(int members) =>
        Enumerable.Range(0, members).Select(i => new MemberState(Code(i), $"State {i}")).ToList();

    private static string Code(int i) => $"{(char)('A' + (i / 676))}{(char)('A' + (i / 26 % 26))}{(char)('A' + (i % 26))}";

    private static TallyVersion Version(string code, DateTime received, int number = 1, params (int Text, Opinion Opinion)[] opinions) =>
        new(code, number, received, opinions.ToDictionary(o => o.Text, o => o.Opinion));

    private static CircularTally Compute(IReadOnlyList<MemberState> roster, IReadOnlyList<TallyVersion> versions, DateTime? at = null, params int[] texts) =>
        TallyService.Compute(new TallyRequest(Date, Deadline, texts.Length == 0 ? [1] : texts, roster, versions, at ?? Builders.Utc(2026, 5, 2)));

    [Fact]
    public void Seven_supporting_of_ten_authorizes_consideration()
    {
        var roster = Roster(194);
        var versions = Enumerable.Range(0, 10)
            .Select(i => Version(Code(i), OnTime, 1, (1, i < 5 ? Opinion.AssignsAuthorityNoComments : i < 7 ? Opinion.AssignsAuthorityWithComments : Opinion.DoesNotAssignAuthority)))
            .ToList();

        var text = Compute(roster, versions).For(1);

        Assert.Equal(5, text.SupportingNoComments);
        Assert.Equal(2, text.SupportingWithComments);
        Assert.Equal(7, text.Supporting);
        Assert.Equal(3, text.NotSupporting);
        Assert.Equal(184, text.NotReplied);
        Assert.Equal(70.0m, text.SupportPercentage);
        Assert.True(text.ConsiderationAuthorized);
        Assert.Equal(new Margin(MarginKind.OpposingRepliesToStop, 1), text.Margin);
    }

    [Fact]
    public void No_replies_at_all_authorizes_consideration()
    {
        var tally = Compute(Roster(194), []);

        Assert.True(tally.For(1).ConsiderationAuthorized);
        Assert.Equal(194, tally.For(1).NotReplied);
        Assert.Equal(194, tally.NotReplied.Count);
        Assert.Equal(0, tally.RepliesCounted);
        Assert.Null(tally.For(1).SupportPercentage);
    }

    [Fact]
    public void A_late_reply_is_shown_but_not_counted()
    {
        var roster = Roster(3);
        var tally = Compute(roster, [Version("AAA", Late, 1, (1, Opinion.DoesNotAssignAuthority))], at: Builders.Utc(2026, 5, 22));

        var text = tally.For(1);
        Assert.Equal(0, text.NotSupporting);
        Assert.Equal(1, text.Late);
        Assert.Equal(3, text.NotReplied);
        Assert.Equal(["AAA"], tally.LateReplies);
        Assert.Equal(TallyStatus.Final, tally.Status);
    }

    [Fact]
    public void A_late_revision_leaves_the_on_time_version_counted()
    {
        var roster = Roster(3);
        var tally = Compute(roster, [
            Version("AAA", OnTime, 1, (1, Opinion.AssignsAuthorityNoComments)),
            Version("AAA", Late, 2, (1, Opinion.DoesNotAssignAuthority)),
        ]);

        Assert.Equal(1, tally.For(1).Supporting);
        Assert.Equal(0, tally.For(1).NotSupporting);
        Assert.Equal(1, tally.For(1).Late);
    }

    [Fact]
    public void Observers_are_shown_but_never_counted()
    {
        var roster = Roster(2);
        roster.Add(Builders.Palestine);
        var tally = Compute(roster, [Version("PSE", OnTime, 1, (1, Opinion.DoesNotAssignAuthority))]);

        Assert.Equal(2, tally.EligibleMemberStates);
        Assert.Equal(0, tally.For(1).NotSupporting);
        Assert.Equal(1, tally.For(1).ObserverReplies);
        Assert.Equal(["PSE"], tally.ObserverReplies);
    }

    [Fact]
    public void A_state_that_joined_after_the_circulars_date_is_not_eligible()
    {
        var roster = new List<MemberState> { Builders.France, Builders.Palau };
        var tally = TallyService.Compute(new TallyRequest(
            new DateOnly(2024, 4, 23), new DateOnly(2024, 8, 1), [1], roster,
            [Version("PLW", Builders.Utc(2024, 7, 1), 1, (1, Opinion.DoesNotAssignAuthority))], Builders.Utc(2024, 7, 2)));

        Assert.Equal(1, tally.EligibleMemberStates);
        Assert.Equal(0, tally.For(1).NotSupporting);
    }

    [Fact]
    public void Each_text_is_tallied_on_its_own_and_no_opinion_counts_as_no_reply()
    {
        var roster = Roster(4);
        var tally = Compute(roster, [
            Version("AAA", OnTime, 1, (1, Opinion.AssignsAuthorityNoComments), (2, Opinion.DoesNotAssignAuthority)),
            Version("AAB", OnTime, 1, (1, Opinion.AssignsAuthorityNoComments)),
            Version("AAC", OnTime, 1, (2, Opinion.AssignsAuthorityNoComments)),
        ], texts: [1, 2]);

        Assert.Equal((2, 0, 1), (tally.For(1).Supporting, tally.For(1).NotSupporting, tally.For(1).NoOpinion));
        Assert.Equal((1, 1, 1), (tally.For(2).Supporting, tally.For(2).NotSupporting, tally.For(2).NoOpinion));
        Assert.True(tally.For(1).ConsiderationAuthorized);
        Assert.False(tally.For(2).ConsiderationAuthorized);
        Assert.Equal(1, tally.For(2).NotReplied);
        Assert.Equal(["AAD"], tally.NotReplied);
    }

    [Fact]
    public void Two_of_three_does_not_authorize()
    {
        var roster = Roster(3);
        var tally = Compute(roster, [
            Version("AAA", OnTime, 1, (1, Opinion.AssignsAuthorityNoComments)),
            Version("AAB", OnTime, 1, (1, Opinion.AssignsAuthorityWithComments)),
            Version("AAC", OnTime, 1, (1, Opinion.DoesNotAssignAuthority)),
        ]);

        Assert.False(tally.For(1).ConsiderationAuthorized);
        Assert.Equal(66.7m, tally.For(1).SupportPercentage);
        Assert.Equal(new Margin(MarginKind.SupportingRepliesNeeded, 1), tally.For(1).Margin);
    }

    [Fact]
    public void The_tally_is_provisional_until_the_deadline_and_final_after()
    {
        var roster = Roster(1);

        Assert.Equal(TallyStatus.Provisional, Compute(roster, [], at: Builders.Utc(2026, 5, 20, 23, 59)).Status);
        Assert.Equal(TallyStatus.Final, Compute(roster, [], at: Builders.Utc(2026, 5, 21, 0, 0)).Status);
    }

    [Fact]
    public void Versions_of_one_state_are_one_reply()
    {
        var roster = Roster(2);
        var tally = Compute(roster, [
            Version("AAA", OnTime, 1, (1, Opinion.DoesNotAssignAuthority)),
            Version("AAA", OnTime.AddDays(1), 2, (1, Opinion.AssignsAuthorityNoComments)),
        ]);

        Assert.Equal(1, tally.RepliesCounted);
        Assert.Equal(1, tally.For(1).Supporting);
        Assert.Equal(0, tally.For(1).NotSupporting);
    }
}
