using Consultations.Domain.Circulars;

namespace Consultations.Domain.Tests.Circulars;

public class Deadline_and_notice
{
    private static readonly DateOnly Deadline = new(2026, 5, 20);

    [Fact]
    public void A_submission_at_the_last_tick_of_the_deadline_day_counts()
    {
        var lastTick = new DateTime(2026, 5, 20, 23, 59, 59, DateTimeKind.Utc).AddTicks(9_999_999);

        Assert.Equal(lastTick, TapCalendar.DeadlineInstant(Deadline));
        Assert.True(TapCalendar.IsOnTime(lastTick, Deadline));
    }

    [Fact]
    public void One_tick_after_the_deadline_is_late()
    {
        var oneTickLater = TapCalendar.DeadlineInstant(Deadline).AddTicks(1);

        Assert.False(TapCalendar.IsOnTime(oneTickLater, Deadline));
    }

    [Fact]
    public void The_submitters_time_zone_does_not_matter()
    {
        // 01:30 on 21 May in Nairobi (UTC+3) is 22:30 UTC on 20 May: on time.
        var nairobi = new DateTimeOffset(2026, 5, 21, 1, 30, 0, TimeSpan.FromHours(3));
        // 20:00 on 20 May in New York (UTC-4) is 00:00 UTC on 21 May: late.
        var newYork = new DateTimeOffset(2026, 5, 20, 20, 0, 0, TimeSpan.FromHours(-4));

        Assert.True(TapCalendar.IsOnTime(nairobi.UtcDateTime, Deadline));
        Assert.False(TapCalendar.IsOnTime(newYork.UtcDateTime, Deadline));
    }

    [Theory]
    [InlineData("2026-06-01", "2026-05-20")] // circular 104: meeting Monday 1 June 2026
    [InlineData("2024-02-20", "2024-02-08")] // circular 142: meeting Tuesday 20 February 2024
    [InlineData("2026-06-03", "2026-05-22")] // Wednesday meeting -> Friday deadline
    [InlineData("2026-06-06", "2026-05-27")] // Saturday meeting: seven working days 28 May - 5 June
    public void Proposes_the_eighth_working_day_before_the_meeting(string meeting, string expected)
    {
        Assert.Equal(DateOnly.Parse(expected), TapCalendar.ProposedDeadline(DateOnly.Parse(meeting)));
    }

    [Fact]
    public void The_proposed_deadline_leaves_exactly_seven_working_days_before_every_meeting_day_of_a_year()
    {
        for (var meeting = new DateOnly(2026, 1, 1); meeting.Year == 2026; meeting = meeting.AddDays(1))
        {
            var proposed = TapCalendar.ProposedDeadline(meeting)!.Value;

            Assert.Equal(7, Consultations.Domain.Common.WorkingDays.StrictlyBetween(proposed, meeting));
            Assert.True(Consultations.Domain.Common.WorkingDays.IsWorkingDay(proposed));
        }
    }

    [Fact]
    public void A_meeting_without_known_days_proposes_no_deadline()
    {
        Assert.Null(TapCalendar.ProposedDeadline(null));
        var circular = new Circular(new CircularDetails(
            7, new DateOnly(2020, 3, 1), "SG17/XY", 17, "Administrations", new Meeting("Virtual, Aug/Sept 2020", null, null),
            new DateOnly(2020, 7, 1), [], ["en"]));
        Assert.Null(circular.ProposedDeadline);
        Assert.False(circular.DeadlineDiffersFromProposal);
    }

    [Theory]
    [InlineData("2026-02-13", "2026-06-01", true)]  // circular 104
    [InlineData("2023-10-11", "2024-02-20", true)]  // circular 142
    [InlineData("2026-03-01", "2026-06-01", true)]  // exactly three months
    [InlineData("2026-03-02", "2026-06-01", false)] // one day short
    public void Checks_three_months_notice(string circularDate, string meetingStart, bool meets)
    {
        Assert.Equal(meets, TapCalendar.MeetsNotice(DateOnly.Parse(circularDate), DateOnly.Parse(meetingStart)));
    }

    [Fact]
    public void Warns_when_the_chosen_deadline_differs_from_the_proposal()
    {
        var circular = Builders.Circular104();
        Assert.False(circular.DeadlineDiffersFromProposal);

        circular.UpdateDetails(new CircularDetails(
            104, circular.Date, circular.Reference, 17, circular.Addressees, circular.Meeting, new DateOnly(2026, 5, 22), [], ["en"]));

        Assert.True(circular.DeadlineDiffersFromProposal);
        Assert.Equal(new DateOnly(2026, 5, 20), circular.ProposedDeadline);
    }

    [Fact]
    public void Four_weeks_after_the_meeting_ends_the_opposition_period()
    {
        Assert.Equal(new DateOnly(2026, 7, 8), TapCalendar.OppositionPeriodEnd(new DateOnly(2026, 6, 10)));
    }
}
