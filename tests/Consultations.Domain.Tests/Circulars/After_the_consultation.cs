using Consultations.Domain.Circulars;
using Consultations.Domain.Common;
using Consultations.Domain.Membership;
using Consultations.Domain.Replies;
using Consultations.Domain.Tally;

namespace Consultations.Domain.Tests.Circulars;

/// <summary>Amendments, the meeting's decisions, formal oppositions and the notification (Res. 1, 9.4 to 9.6), on circular 104's dates.</summary>
public class After_the_consultation
{
    private static readonly DateTime MeetingDay = Builders.Utc(2026, 6, 2);
    private static readonly MemberState Germany = new("DEU", "Germany");
    private static readonly MemberState JoinedLater = new("SSX", "Joined after the circular", new DateOnly(2026, 3, 1));
    private static readonly IReadOnlyCollection<MemberState> Roster = [Builders.France, Germany, Builders.Palau, Builders.Palestine, JoinedLater];

    private static CircularTally FinalTally(Circular circular, params TallyVersion[] versions) =>
        TallyService.Compute(new TallyRequest(circular.Date, circular.DeadlineDate, circular.ActiveTexts.Select(t => t.Id).ToList(), [.. Roster], versions, circular.DeadlineInstant.AddTicks(1)));

    private static DomainException Refused(Action action) => Assert.Throws<DomainException>(action);

    private static MeetingDecision Decide(Circular circular, OutcomeKind kind, params DecisionStatement[] statements) =>
        circular.RecordDecision(circular.Texts[0], kind, statements, FinalTally(circular), Roster, null, MeetingDay, "sec");

    [Fact]
    public void Each_kind_of_decision_is_recorded_with_the_Member_States_it_names()
    {
        var approved = Builders.Published104();
        var reserved = Builders.Published104();
        var moreTime = Builders.Published104();
        var notApproved = Builders.Published104();

        Decide(approved, OutcomeKind.Approved);
        Decide(reserved, OutcomeKind.ApprovedWithReservations, new DecisionStatement(StatementRole.Reservation, "fra", "Reservation on clause 7"));
        Decide(moreTime, OutcomeKind.MoreTimeRequested, new DecisionStatement(StatementRole.RequestedMoreTime, "DEU", ""));
        Decide(notApproved, OutcomeKind.NotApproved, new DecisionStatement(StatementRole.Opposed, "DEU", ""));

        var day = new DateOnly(2026, 6, 11);
        Assert.Equal(EffectiveOutcome.Approved, approved.Texts[0].EffectiveOn(day));
        Assert.Equal(EffectiveOutcome.ApprovedWithReservations, reserved.Texts[0].EffectiveOn(day));
        Assert.Equal("FRA", reserved.Texts[0].Decision!.Reservations.Single().MemberStateCode);
        Assert.Equal(EffectiveOutcome.AwaitingOppositions, moreTime.Texts[0].EffectiveOn(day));
        Assert.Equal(new DateOnly(2026, 7, 8), moreTime.Texts[0].Decision!.OppositionPeriodEnd);
        Assert.Equal(["DEU"], moreTime.Texts[0].Decision!.MoreTimeRequestedBy.Select(s => s.MemberStateCode));
        Assert.Equal(EffectiveOutcome.NotApproved, notApproved.Texts[0].EffectiveOn(day));
        Assert.Equal(["DEU"], notApproved.Texts[0].Decision!.OpposedBy.Select(s => s.MemberStateCode));
        Assert.Equal(CircularStatus.Decided, approved.StatusAt(MeetingDay));
    }

    [Theory]
    [InlineData("XYZ")]
    [InlineData("PSE")]
    [InlineData("SSX")]
    public void Only_Member_States_that_count_for_the_circular_are_named_in_a_decision(string code)
    {
        var circular = Builders.Published104();

        var error = Refused(() => Decide(circular, OutcomeKind.ApprovedWithReservations, new DecisionStatement(StatementRole.Reservation, code, "A reservation")));

        Assert.Equal("Decision.NotAMemberState", error.Code);
        Assert.Empty(circular.Texts[0].Decisions);
    }

    [Fact]
    public void A_decision_names_the_states_its_kind_needs_and_only_those()
    {
        var circular = Builders.Published104();

        Assert.Equal("Outcome.ReservationsRequired", Refused(() => Decide(circular, OutcomeKind.ApprovedWithReservations)).Code);
        Assert.Equal("Decision.MoreTimeRequestersRequired", Refused(() => Decide(circular, OutcomeKind.MoreTimeRequested)).Code);
        Assert.Equal("Decision.OpposingStatesRequired", Refused(() => Decide(circular, OutcomeKind.NotApproved)).Code);
        Assert.Equal("Decision.ReservationTextRequired", Refused(() => Decide(circular, OutcomeKind.ApprovedWithReservations, new DecisionStatement(StatementRole.Reservation, "FRA", " "))).Code);
        Assert.Equal("Decision.StatementNotExpected", Refused(() => Decide(circular, OutcomeKind.Approved, new DecisionStatement(StatementRole.Opposed, "FRA", ""))).Code);
        Assert.Equal("Decision.DuplicateState", Refused(() => Decide(circular, OutcomeKind.NotApproved, new DecisionStatement(StatementRole.Opposed, "FRA", ""), new DecisionStatement(StatementRole.Opposed, "fra", ""))).Code);
        Assert.Empty(circular.Texts[0].Decisions);
    }

    [Fact]
    public void A_changed_decision_needs_a_reason_and_keeps_the_earlier_one()
    {
        var circular = Builders.Published104();
        Decide(circular, OutcomeKind.ApprovedWithReservations, new DecisionStatement(StatementRole.Reservation, "FRA", "Clause 7"));

        var withoutReason = Refused(() => Decide(circular, OutcomeKind.NotApproved, new DecisionStatement(StatementRole.Opposed, "DEU", "")));
        circular.RecordDecision(circular.Texts[0], OutcomeKind.NotApproved, [new DecisionStatement(StatementRole.Opposed, "DEU", "")], FinalTally(circular), Roster, "Germany's opposition was missed in the minutes", MeetingDay.AddDays(1), "sec");

        Assert.Equal("Decision.ChangeReasonRequired", withoutReason.Code);
        Assert.Equal([OutcomeKind.ApprovedWithReservations, OutcomeKind.NotApproved], circular.Texts[0].Decisions.Select(d => d.Kind));
        Assert.Equal([1, 2], circular.Texts[0].Decisions.Select(d => d.Sequence));
        Assert.Equal(OutcomeKind.NotApproved, circular.Texts[0].Decision!.Kind);
        Assert.Equal("Germany's opposition was missed in the minutes", circular.Texts[0].Decision!.Reason);
    }

    [Fact]
    public void A_decision_is_refused_before_the_meeting_and_allowed_once_a_meeting_change_gives_its_days()
    {
        var circular = new Circular(new CircularDetails(105, Builders.Circular104Date, "SG17/XY", 17, "Administrations", new Meeting("Virtual, Aug/Sept 2026", null, null), new DateOnly(2026, 5, 20), [], ["en"]));
        circular.AddText(new DraftTextDetails(DraftTextKind.New, "X.1400", "A text"));
        circular.Publish(Builders.Utc(2026, 2, 13), "tsb");
        var september = Builders.Utc(2026, 9, 2);

        var before = Refused(() => circular.RecordDecision(circular.Texts[0], OutcomeKind.Approved, [], FinalTally(circular), Roster, null, september, "sec"));
        circular.ChangeMeeting(new Meeting("Virtual", new DateOnly(2026, 9, 1), new DateOnly(2026, 9, 4)), "Dates set by the study group", Builders.Utc(2026, 6, 1), "tsb");
        circular.RecordDecision(circular.Texts[0], OutcomeKind.MoreTimeRequested, [new DecisionStatement(StatementRole.RequestedMoreTime, "FRA", "")], FinalTally(circular), Roster, null, september, "sec");

        Assert.Equal("Outcome.BeforeMeeting", before.Code);
        Assert.Equal(new DateOnly(2026, 10, 2), circular.Texts[0].Decision!.OppositionPeriodEnd);
        Assert.Equal(AmendmentKind.MeetingChanged, circular.Amendments.Single().Kind);
    }

    [Fact]
    public void Formal_oppositions_count_only_from_Member_States_within_the_meeting_and_the_four_weeks_after_it()
    {
        var circular = Builders.Published104();
        var text = circular.Texts[0];
        Decide(circular, OutcomeKind.MoreTimeRequested, new DecisionStatement(StatementRole.RequestedMoreTime, "DEU", ""));
        var later = Builders.Utc(2026, 8, 1);

        Assert.Equal("Outcome.OppositionOutsidePeriod", Refused(() => circular.RecordOpposition(text, "FRA", "Reasons", new DateOnly(2026, 5, 31), Roster, later, "sec")).Code);
        Assert.Equal("Outcome.OppositionOutsidePeriod", Refused(() => circular.RecordOpposition(text, "FRA", "Reasons", new DateOnly(2026, 7, 9), Roster, later, "sec")).Code);
        Assert.Equal("Decision.NotAMemberState", Refused(() => circular.RecordOpposition(text, "PSE", "Reasons", new DateOnly(2026, 6, 20), Roster, later, "sec")).Code);
        Assert.Equal("Outcome.OppositionReasonsRequired", Refused(() => circular.RecordOpposition(text, "FRA", " ", new DateOnly(2026, 6, 20), Roster, later, "sec")).Code);
        Assert.Equal("Reply.ReceivedInFuture", Refused(() => circular.RecordOpposition(text, "FRA", "Reasons", new DateOnly(2026, 6, 20), Roster, Builders.Utc(2026, 6, 19), "sec")).Code);
        Assert.Equal(EffectiveOutcome.Approved, text.EffectiveOn(new DateOnly(2026, 7, 9)));

        circular.RecordOpposition(text, "fra", "Conflicts with X.509", new DateOnly(2026, 7, 8), Roster, later, "sec");

        Assert.Equal("Opposition.Duplicate", Refused(() => circular.RecordOpposition(text, "FRA", "Again", new DateOnly(2026, 7, 8), Roster, later, "sec")).Code);
        Assert.Equal(EffectiveOutcome.NotApproved, text.EffectiveOn(new DateOnly(2026, 7, 9)));
        Assert.Equal(EffectiveOutcome.NotApproved, text.EffectiveOn(new DateOnly(2026, 6, 20)));
    }

    [Fact]
    public void A_text_given_more_time_awaits_oppositions_to_the_last_day_and_is_approved_the_day_after()
    {
        var circular = Builders.Published104();
        Decide(circular, OutcomeKind.MoreTimeRequested, new DecisionStatement(StatementRole.RequestedMoreTime, "DEU", ""));

        Assert.Equal(EffectiveOutcome.AwaitingOppositions, circular.Texts[0].EffectiveOn(new DateOnly(2026, 7, 8)));
        Assert.Equal(EffectiveOutcome.Approved, circular.Texts[0].EffectiveOn(new DateOnly(2026, 7, 9)));
        var undecided = Builders.Published104();
        Assert.Equal("Outcome.OppositionNotExpected", Refused(() => undecided.RecordOpposition(undecided.Texts[0], "FRA", "R", new DateOnly(2026, 6, 5), Roster, MeetingDay, "sec")).Code);
    }

    [Fact]
    public void The_notification_is_due_four_weeks_after_the_meeting_or_after_the_extra_four_weeks()
    {
        var approved = Builders.Published104();
        var moreTime = Builders.Published104();
        Decide(approved, OutcomeKind.Approved);
        Decide(moreTime, OutcomeKind.MoreTimeRequested, new DecisionStatement(StatementRole.RequestedMoreTime, "DEU", ""));

        Assert.Null(Builders.Published104().Texts[0].NotificationDueOn(approved.Meeting));
        Assert.Equal(new DateOnly(2026, 7, 8), approved.Texts[0].NotificationDueOn(approved.Meeting));
        Assert.Equal(new DateOnly(2026, 8, 5), moreTime.Texts[0].NotificationDueOn(moreTime.Meeting));
    }

    [Fact]
    public void The_notifying_circular_is_recorded_only_for_final_results_and_freezes_the_decision()
    {
        var circular = Builders.Published104(textCount: 2);
        Decide(circular, OutcomeKind.MoreTimeRequested, new DecisionStatement(StatementRole.RequestedMoreTime, "DEU", ""));
        var text = circular.Texts[0];

        var early = Refused(() => circular.RecordNotification([text], 150, new DateOnly(2026, 7, 1), Builders.Utc(2026, 7, 2), "tsb"));
        var undecided = Refused(() => circular.RecordNotification([circular.Texts[1]], 150, new DateOnly(2026, 7, 10), Builders.Utc(2026, 7, 10), "tsb"));
        var future = Refused(() => circular.RecordNotification([text], 150, new DateOnly(2026, 7, 12), Builders.Utc(2026, 7, 10), "tsb"));
        circular.RecordNotification([text], 150, new DateOnly(2026, 7, 10), Builders.Utc(2026, 7, 10), "tsb");

        Assert.Equal("Notification.NotFinal", early.Code);
        Assert.Equal("Notification.NotFinal", undecided.Code);
        Assert.Equal("Notification.DateInFuture", future.Code);
        Assert.Equal((150, new DateOnly(2026, 7, 10)), (text.Notification!.CircularNumber, text.Notification.Date));
        Assert.Equal("Decision.AlreadyNotified", Refused(() => circular.RecordDecision(text, OutcomeKind.Approved, [], FinalTally(circular), Roster, "Change", MeetingDay, "sec")).Code);
    }

    [Theory]
    [InlineData("2026-05-27", true)]
    [InlineData("2026-05-31", true)]
    [InlineData("2026-06-01", false)]
    [InlineData("2026-06-05", false)]
    [InlineData("2026-07-01", false)]
    [InlineData("2026-05-20", false)]
    public void A_deadline_is_extended_only_to_a_later_day_before_the_meeting(string newDeadline, bool accepted)
    {
        var circular = Builders.Published104();
        var action = () => circular.ExtendDeadline(DateOnly.Parse(newDeadline), "Outage", Builders.Utc(2026, 5, 1), "tsb");

        if (accepted)
        {
            action();
            Assert.Equal(DateOnly.Parse(newDeadline), circular.DeadlineDate);
        }
        else
        {
            Assert.Contains(Refused(() => action()).Code, new[] { "Circular.DeadlineAfterMeeting", "Circular.DeadlineNotLater" });
            Assert.Equal(new DateOnly(2026, 5, 20), circular.DeadlineDate);
        }
    }

    [Fact]
    public void An_extension_after_the_deadline_reopens_the_consultation_only_when_confirmed()
    {
        var circular = Builders.Published104();
        var dayAfter = Builders.Utc(2026, 5, 21);

        var unconfirmed = Refused(() => circular.ExtendDeadline(new DateOnly(2026, 5, 27), "Outage", dayAfter, "tsb"));
        Assert.False(circular.AcceptsRepliesAt(dayAfter));
        var amendment = circular.ExtendDeadline(new DateOnly(2026, 5, 27), "Outage", dayAfter, "tsb", reopen: true);

        Assert.Equal("Circular.ReopenNotConfirmed", unconfirmed.Code);
        Assert.Contains("reopened", amendment.Details);
        Assert.True(circular.AcceptsRepliesAt(dayAfter));
    }

    [Fact]
    public void A_meeting_change_keeps_the_deadline_before_the_meeting_and_counts_the_notice_from_publication()
    {
        var circular = Builders.Circular104();
        circular.Publish(Builders.Utc(2026, 3, 1), "tsb");
        var at = Builders.Utc(2026, 3, 2);

        Assert.Equal("Circular.DeadlineAfterMeeting", Refused(() => circular.ChangeMeeting(new Meeting("Geneva", new DateOnly(2026, 5, 18), new DateOnly(2026, 5, 22)), "Earlier", at, "tsb")).Code);
        Assert.Equal("Circular.NoticeTooShort", Refused(() => circular.ChangeMeeting(new Meeting("Geneva", new DateOnly(2026, 5, 25), new DateOnly(2026, 5, 29)), "Earlier", at, "tsb")).Code);
        circular.ChangeMeeting(new Meeting("Geneva", new DateOnly(2026, 5, 25), new DateOnly(2026, 5, 29)), "Earlier", at, "tsb", "Agreed by the study group");
        Assert.Equal("Agreed by the study group", circular.NoticeOverrideReason);
        circular.ChangeMeeting(new Meeting("Geneva", new DateOnly(2026, 6, 8), new DateOnly(2026, 6, 17)), "A week later", at, "tsb");

        Assert.Equal(new DateOnly(2026, 6, 8), circular.Meeting.FirstDay);
        Assert.Contains("2026-06-08", circular.Amendments[^1].Details);
        Assert.Equal(2, circular.Amendments.Count);
    }

    [Fact]
    public void A_cancelled_circular_takes_no_more_replies_and_no_more_amendments_and_keeps_what_it_received()
    {
        var circular = Builders.Published104();
        var reply = Reply.Start(circular, Builders.France);
        reply.Submit(circular, Builders.Online(new TextOpinion(1, Opinion.AssignsAuthorityNoComments)), Builders.Utc(2026, 4, 1));

        circular.Cancel("The study group meeting was cancelled", Builders.Utc(2026, 4, 2), "tsb");

        Assert.Equal(CircularStatus.Cancelled, circular.StatusAt(Builders.Utc(2026, 4, 3)));
        Assert.False(circular.AcceptsRepliesAt(Builders.Utc(2026, 4, 3)));
        Assert.Equal("Reply.CircularCancelled", Refused(() => reply.Submit(circular, Builders.Online(new TextOpinion(1, Opinion.AssignsAuthorityNoComments)), Builders.Utc(2026, 4, 3))).Code);
        Assert.Equal("Reply.CircularCancelled", Refused(() => reply.Submit(circular, Builders.Recorded(ReplyChannel.Fax, Builders.Utc(2026, 4, 1), new TextOpinion(1, Opinion.AssignsAuthorityNoComments)), Builders.Utc(2026, 4, 3))).Code);
        Assert.Equal("Circular.Cancelled", Refused(() => circular.ExtendDeadline(new DateOnly(2026, 5, 27), "x", Builders.Utc(2026, 4, 3), "tsb")).Code);
        Assert.Single(reply.Versions);
        Assert.Equal(AmendmentKind.Cancelled, circular.Amendments.Single().Kind);
    }

    [Fact]
    public void A_title_is_corrected_in_the_language_given()
    {
        var circular = Builders.Circular104();
        circular.SetTranslation(circular.Texts[0], new TextTranslation("zh", "旧标题", null));
        circular.Publish(Builders.Utc(2026, 2, 13), "tsb");

        circular.CorrectText(circular.Texts[0], "zh", "新标题", "摘要", "Typo", Builders.Utc(2026, 3, 1), "tsb");
        circular.CorrectText(circular.Texts[0], "ru", "Заголовок", null, "Russian titles entered by TSB", Builders.Utc(2026, 3, 1), "tsb");
        var unknown = Refused(() => circular.CorrectText(circular.Texts[0], "de", "Titel", null, "Typo", Builders.Utc(2026, 3, 1), "tsb"));

        Assert.Equal("新标题", circular.Texts[0].TitleIn("zh"));
        Assert.Equal("Заголовок", circular.Texts[0].TitleIn("ru"));
        Assert.Contains("ru", circular.Languages);
        Assert.Equal("Title 1", circular.Texts[0].Title);
        Assert.Equal("Circular.NotAnItuLanguage", unknown.Code);
        Assert.Contains("(zh)", circular.Amendments[0].Details);
        Assert.Contains("(ru)", circular.Amendments[1].Details);
    }
}

public class Notes_in_other_languages
{
    private static DomainException Refused(Action action) => Assert.Throws<DomainException>(action);

    private static Circular WithNotes()
    {
        var circular = Builders.Circular104();
        circular.UpdateDetails(new CircularDetails(
            circular.Number, circular.Date, circular.Reference, circular.StudyGroup, circular.Addressees, circular.Meeting, circular.DeadlineDate,
            [new CircularNote(NoteKind.A5Justification, "No A.5 justification."), new CircularNote(NoteKind.Ipr, "No IPR statement.")],
            ["en"]));
        return circular;
    }

    [Fact]
    public void A_note_reads_in_the_language_held_and_in_English_otherwise()
    {
        var circular = WithNotes();

        circular.SetNoteTranslation(new NoteTranslation(NoteKind.Ipr, null, "fr", "  Aucune déclaration de DPI. "));

        var ipr = circular.Notes.Single(n => n.Kind == NoteKind.Ipr);
        var a5 = circular.Notes.Single(n => n.Kind == NoteKind.A5Justification);
        Assert.Equal("Aucune déclaration de DPI.", circular.NoteIn(ipr, "fr"));
        Assert.Equal("fr", circular.LanguageOf(ipr, "fr"));
        Assert.Equal("No A.5 justification.", circular.NoteIn(a5, "fr"));
        Assert.Equal("en", circular.LanguageOf(a5, "fr"));
        Assert.Contains("fr", circular.Languages);
    }

    [Fact]
    public void A_second_text_in_the_same_language_replaces_the_first()
    {
        var circular = WithNotes();
        circular.SetNoteTranslation(new NoteTranslation(NoteKind.Ipr, null, "es", "Primera"));

        circular.SetNoteTranslation(new NoteTranslation(NoteKind.Ipr, null, "es", "Segunda"));

        Assert.Equal("Segunda", Assert.Single(circular.NoteTranslations).Text);
    }

    [Theory]
    [InlineData("en", "Circular.NotAnItuLanguage")]
    [InlineData("de", "Circular.NotAnItuLanguage")]
    public void Only_the_other_languages_of_ITU_take_a_note(string language, string code)
    {
        var circular = WithNotes();

        Assert.Equal(code, Refused(() => circular.SetNoteTranslation(new NoteTranslation(NoteKind.Ipr, null, language, "Text"))).Code);
    }

    [Fact]
    public void A_note_the_circular_does_not_have_cannot_be_translated_nor_an_empty_one_given()
    {
        var circular = WithNotes();

        Assert.Equal("Circular.NoSuchNote", Refused(() => circular.SetNoteTranslation(new NoteTranslation(NoteKind.Other, "X.1280", "zh", "注"))).Code);
        Assert.Equal("Circular.NoteRequired", Refused(() => circular.SetNoteTranslation(new NoteTranslation(NoteKind.Ipr, null, "zh", " "))).Code);
        Assert.Empty(circular.NoteTranslations);
    }

    [Fact]
    public void On_a_published_circular_a_translated_note_is_an_amendment()
    {
        var circular = WithNotes();
        circular.Publish(Builders.Utc(2026, 2, 13), "tsb");

        circular.TranslateNote(new NoteTranslation(NoteKind.A5Justification, null, "ru", "Обоснование A.5 не представлено."), "Russian version", Builders.Utc(2026, 3, 1), "tsb");

        var amendment = circular.Amendments.Single();
        Assert.Equal(AmendmentKind.Correction, amendment.Kind);
        Assert.Equal("A5Justification note (ru)", amendment.Details);
        Assert.Equal("Russian version", amendment.Reason);
    }
}

public class Dates_out_of_range
{
    [Theory]
    [InlineData("0001-01-01", "2026-06-01", "2026-05-20")]
    [InlineData("2026-02-13", "0001-01-01", "2026-05-20")]
    [InlineData("2026-02-13", "2026-06-01", "9999-12-31")]
    public void A_circular_with_a_date_outside_2000_to_2100_is_refused(string date, string meeting, string deadline)
    {
        var error = Assert.Throws<DomainException>(() => new Circular(new CircularDetails(
            1, DateOnly.Parse(date), "SG17/XY", 17, "Administrations", new Meeting("Geneva", DateOnly.Parse(meeting), null), DateOnly.Parse(deadline), [], ["en"])));

        Assert.Contains(error.Code, new[] { "Circular.DateOutOfRange", "Circular.DeadlineAfterMeeting", "Circular.DeadlineBeforeDate" });
    }

    [Fact]
    public void Amendments_refuse_dates_outside_2000_to_2100()
    {
        var circular = Builders.Published104();

        Assert.Equal("Circular.DateOutOfRange", Assert.Throws<DomainException>(() => circular.ChangeMeeting(new Meeting("Geneva", new DateOnly(1, 1, 1), null), "x", Builders.Utc(2026, 3, 1), "tsb")).Code);
        Assert.Equal("Circular.DateOutOfRange", Assert.Throws<DomainException>(() => Builders.Published104() is var other ? other.ExtendDeadline(new DateOnly(2101, 1, 1), "x", Builders.Utc(2026, 3, 1), "tsb") : null).Code);
    }
}
