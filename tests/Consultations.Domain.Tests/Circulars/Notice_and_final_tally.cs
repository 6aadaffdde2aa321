using Consultations.Domain.Circulars;
using Consultations.Domain.Common;
using Consultations.Domain.Replies;
using Consultations.Domain.Tally;

namespace Consultations.Domain.Tests.Circulars;

public class Notice_and_final_tally
{
    [Theory]
    [InlineData("2026-03-31", "2026-06-30", false)]
    [InlineData("2026-03-31", "2026-07-01", true)]
    [InlineData("2026-11-30", "2027-02-28", false)]
    [InlineData("2026-11-30", "2027-03-02", true)]
    [InlineData("2027-11-30", "2028-03-01", true)]
    [InlineData("2027-11-30", "2028-02-29", false)]
    [InlineData("2026-02-13", "2026-05-13", true)]
    [InlineData("2026-02-13", "2026-05-12", false)]
    public void Three_months_of_notice_are_counted_without_clamping_month_ends(string from, string meeting, bool meets)
    {
        Assert.Equal(meets, TapCalendar.MeetsNotice(DateOnly.Parse(from), DateOnly.Parse(meeting)));
    }

    [Fact]
    public void Notice_is_counted_from_the_day_of_publication_when_it_is_later_than_the_letters_date()
    {
        var circular = Builders.Circular104();

        var error = Assert.Throws<DomainException>(() => circular.Publish(Builders.Utc(2026, 3, 2), "tsb"));
        circular.Publish(Builders.Utc(2026, 3, 2), "tsb", "Meeting dates fixed by the study group");

        Assert.Equal("Circular.NoticeTooShort", error.Code);
        Assert.Contains("2026-03-02", error.Message);
        Assert.True(circular.MeetsNotice);
        Assert.Equal("Meeting dates fixed by the study group", circular.NoticeOverrideReason);
    }

    private static CircularTally TallyAt(Circular circular, DateTime at, params TallyVersion[] versions) =>
        TallyService.Compute(new TallyRequest(circular.Date, circular.DeadlineDate, circular.ActiveTexts.Select(t => t.Id).ToList(), [Builders.France], versions, at));

    [Fact]
    public void An_outcome_needs_the_final_tally_of_the_current_deadline()
    {
        var circular = Builders.Published104();
        var meetingDay = Builders.Utc(2026, 6, 2);
        var provisional = TallyAt(circular, Builders.Utc(2026, 5, 1));
        var finalOfFirstDeadline = TallyAt(circular, Builders.Utc(2026, 5, 21));
        circular.ExtendDeadline(new DateOnly(2026, 5, 27), "Outage", Builders.Utc(2026, 5, 21), "tsb", reopen: true);

        var fromProvisional = Assert.Throws<DomainException>(() => circular.RecordDecision(circular.Texts[0], OutcomeKind.Approved, [], provisional, [Builders.France], null, meetingDay, "sec"));
        var fromSuperseded = Assert.Throws<DomainException>(() => circular.RecordDecision(circular.Texts[0], OutcomeKind.Approved, [], finalOfFirstDeadline, [Builders.France], null, meetingDay, "sec"));
        circular.RecordDecision(circular.Texts[0], OutcomeKind.Approved, [], TallyAt(circular, Builders.Utc(2026, 5, 28)), [Builders.France], null, meetingDay, "sec");

        Assert.Equal("Outcome.NoFinalTally", fromProvisional.Code);
        Assert.Equal("Outcome.NoFinalTally", fromSuperseded.Code);
        Assert.Equal(OutcomeKind.Approved, circular.Texts[0].Decision!.Kind);
    }

    [Fact]
    public void An_outcome_is_refused_for_a_text_the_final_tally_did_not_authorize()
    {
        var circular = Builders.Published104();
        var meetingDay = Builders.Utc(2026, 6, 2);
        var final = TallyAt(circular, Builders.Utc(2026, 5, 21), new TallyVersion("FRA", 1, Builders.Utc(2026, 5, 1), new Dictionary<int, Opinion> { [1] = Opinion.DoesNotAssignAuthority }));

        var error = Assert.Throws<DomainException>(() => circular.RecordDecision(circular.Texts[0], OutcomeKind.Approved, [], final, [Builders.France], null, meetingDay, "sec"));
        circular.RecordDecision(circular.Texts[1], OutcomeKind.Approved, [], final, [Builders.France], null, meetingDay, "sec");

        Assert.Equal("Outcome.NotAuthorized", error.Code);
    }
}
