using Consultations.Domain.Membership;
using Consultations.Domain.Replies;
using Consultations.Domain.Tally;

namespace Consultations.Domain.Tests.Tally;

/// <summary>Every combination of standing and timing, through the one rule that decides which version counts.</summary>
public class The_counting_rule
{
    private static readonly DateOnly Deadline = new(2026, 5, 20);
    private static readonly DateTime LastInstant = Consultations.Domain.Circulars.TapCalendar.DeadlineInstant(Deadline);

    private static TallyVersion V(int number, DateTime received) => new("FRA", number, received, new Dictionary<int, Opinion>());

    public static TheoryData<Standing, bool, bool, VersionStatus?, VersionStatus?> Cases()
    {
        var data = new TheoryData<Standing, bool, bool, VersionStatus?, VersionStatus?>();
        foreach (var standing in Enum.GetValues<Standing>())
        {
            foreach (var onTime in new[] { false, true })
            {
                foreach (var late in new[] { false, true })
                {
                    VersionStatus? expectedOnTime = onTime ? (standing == Standing.MemberState ? VersionStatus.Counts : VersionStatus.NotCounted) : null;
                    VersionStatus? expectedLate = late ? VersionStatus.Late : null;
                    data.Add(standing, onTime, late, expectedOnTime, expectedLate);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Only_a_Member_States_latest_on_time_version_counts(Standing standing, bool hasOnTime, bool hasLate, VersionStatus? onTimeStatus, VersionStatus? lateStatus)
    {
        var early = V(1, LastInstant.AddDays(-3));
        var onTime = V(2, LastInstant);
        var late = V(3, LastInstant.AddTicks(1));
        var versions = new List<TallyVersion> { early };
        if (hasOnTime)
        {
            versions.Add(onTime);
        }

        if (hasLate)
        {
            versions.Add(late);
        }

        var count = CountingRule.Apply(versions, standing, Deadline);

        var latestOnTime = hasOnTime ? onTime : early;
        Assert.Same(latestOnTime, count.LatestOnTime);
        Assert.Equal(standing == Standing.MemberState ? latestOnTime : null, count.Counted);
        var standingStatus = standing == Standing.MemberState ? VersionStatus.Counts : VersionStatus.NotCounted;
        Assert.Equal(hasOnTime ? VersionStatus.Superseded : standingStatus, count.StatusOf(early));
        if (hasOnTime)
        {
            Assert.Equal(onTimeStatus, count.StatusOf(onTime));
        }

        if (hasLate)
        {
            Assert.Equal(lateStatus, count.StatusOf(late));
            Assert.Same(late, count.LatestLate);
        }

        Assert.Same(latestOnTime, count.Shown);
    }

    [Fact]
    public void A_reply_of_late_versions_only_counts_nothing_and_shows_the_latest_late_one()
    {
        var first = V(1, LastInstant.AddDays(1));
        var second = V(2, LastInstant.AddDays(2));

        var count = CountingRule.Apply([second, first], Standing.MemberState, Deadline);

        Assert.Null(count.Counted);
        Assert.True(count.IsLateOnly);
        Assert.Same(second, count.Shown);
    }

    [Fact]
    public void Versions_received_at_the_same_instant_are_ordered_by_number()
    {
        var first = V(1, LastInstant);
        var second = V(2, LastInstant);

        Assert.Same(second, CountingRule.Apply([second, first], Standing.MemberState, Deadline).Counted);
    }

    [Fact]
    public void Standing_follows_membership_on_the_circulars_date()
    {
        var circularDate = new DateOnly(2024, 1, 10);

        Assert.Equal(Standing.MemberState, CountingRule.StandingOf(Builders.France, circularDate));
        Assert.Equal(Standing.NotEligible, CountingRule.StandingOf(Builders.Palau, circularDate));
        Assert.Equal(Standing.MemberState, CountingRule.StandingOf(Builders.Palau, new DateOnly(2024, 9, 19)));
        Assert.Equal(Standing.Observer, CountingRule.StandingOf(Builders.Palestine, circularDate));
        Assert.Equal(Standing.NotEligible, CountingRule.StandingOf(new MemberState("XKX", "Former member", memberUntil: new DateOnly(2020, 1, 1)), circularDate));
        Assert.Equal(Standing.NotEligible, CountingRule.StandingOf(null, circularDate));
    }

    [Fact]
    public void The_tally_counts_exactly_the_versions_the_rule_counts_and_shows_the_others()
    {
        var circular = Builders.Published104(textCount: 1);
        var at = Builders.Utc(2026, 6, 2);
        var versions = new List<TallyVersion>
        {
            new("FRA", 1, Builders.Utc(2026, 5, 1), new Dictionary<int, Opinion> { [1] = Opinion.DoesNotAssignAuthority }),
            new("FRA", 2, Builders.Utc(2026, 5, 2), new Dictionary<int, Opinion> { [1] = Opinion.AssignsAuthorityNoComments }),
            new("FRA", 3, Builders.Utc(2026, 5, 22), new Dictionary<int, Opinion> { [1] = Opinion.DoesNotAssignAuthority }),
            new("PSE", 1, Builders.Utc(2026, 5, 2), new Dictionary<int, Opinion> { [1] = Opinion.DoesNotAssignAuthority }),
        };

        var tally = TallyService.Compute(new TallyRequest(circular.Date, circular.DeadlineDate, [1], [Builders.France, Builders.Palestine], versions, at));

        Assert.Equal([2], tally.CountedVersions.Select(v => v.VersionNumber));
        Assert.Equal([("FRA", 3), ("PSE", 1)], tally.ShownVersions.Select(v => (v.MemberStateCode, v.VersionNumber)));
        Assert.Equal((1, 0, 1, 1), (tally.For(1).Supporting, tally.For(1).NotSupporting, tally.For(1).Late, tally.For(1).ObserverReplies));
    }

    [Fact]
    public void A_tally_recomputed_from_its_counted_and_shown_versions_is_the_same()
    {
        var circular = Builders.Published104(textCount: 2);
        var random = new Random(11);
        var roster = Enumerable.Range(0, 40).Select(i => new MemberState($"A{(char)('A' + (i / 26))}{(char)('A' + (i % 26))}", $"State {i}")).Append(Builders.Palestine).ToList();
        var versions = roster.SelectMany(state => Enumerable.Range(1, random.Next(0, 4)).Select(n => new TallyVersion(
            state.Code,
            n,
            Builders.Utc(2026, 5, 15).AddDays(random.Next(0, 10)).AddHours(n),
            new Dictionary<int, Opinion> { [1 + random.Next(0, 2)] = (Opinion)random.Next(0, 3) }))).ToList();
        var at = Builders.Utc(2026, 6, 2);

        var full = TallyService.Compute(new TallyRequest(circular.Date, circular.DeadlineDate, [1, 2], roster, versions, at));
        var inputs = new TallyRequest(circular.Date, circular.DeadlineDate, [1, 2], roster, [.. full.CountedVersions, .. full.ShownVersions], at).ToInputs();
        var again = TallyService.Compute(inputs);

        Assert.Equal(full.Texts, again.Texts);
        Assert.Equal(full.NotReplied, again.NotReplied);
        Assert.Equal(full.LateReplies, again.LateReplies);
        Assert.Equal(full.ObserverReplies, again.ObserverReplies);
    }
}
