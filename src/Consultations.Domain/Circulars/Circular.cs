using Consultations.Domain.Common;
using Consultations.Domain.Membership;
using Consultations.Domain.Tally;

namespace Consultations.Domain.Circulars;

/// <summary>
/// A TSB Circular opening a consultation under the Traditional Approval Procedure.
/// Draft while TSB prepares it; published, it is amended only through recorded amendments.
/// </summary>
public sealed class Circular
{
    private readonly List<DraftText> texts = [];
    private readonly List<CircularNote> notes = [];
    private readonly List<NoteTranslation> noteTranslations = [];
    private readonly List<CircularAmendment> amendments = [];
    private List<string> languages = ["en"];

    private Circular()
    {
        Reference = string.Empty;
        Addressees = string.Empty;
        Meeting = new Meeting(string.Empty, null, null);
    }

    public Circular(CircularDetails details)
        : this()
    {
        ApplyDetails(details);
    }

    public int Id { get; private set; }

    /// <summary>Grows with every change to the circular or its texts (all made through this class), so a copy kept in memory knows when it is stale.</summary>
    public int Revision { get; private set; }

    public int Number { get; private set; }

    /// <summary>Circulars are numbered per year series: the number is unique within the year of the circular's date.</summary>
    public int Year { get; private set; }

    public DateOnly Date { get; private set; }

    public string Reference { get; private set; }

    public int StudyGroup { get; private set; }

    public string Addressees { get; private set; }

    /// <summary>Those who receive a copy of the letter, informed only (they do not reply); empty when none are named.</summary>
    public string CopyTo { get; private set; } = string.Empty;

    public Meeting Meeting { get; private set; }

    public DateOnly DeadlineDate { get; private set; }

    public IReadOnlyList<string> Languages => languages;

    public IReadOnlyList<CircularNote> Notes => notes;

    /// <summary>The notes in other languages than English; <see cref="NoteIn"/> picks a reader's.</summary>
    public IReadOnlyList<NoteTranslation> NoteTranslations => noteTranslations;

    public IReadOnlyList<DraftText> Texts => texts;

    public IReadOnlyList<CircularAmendment> Amendments => amendments;

    public bool IsPublished => PublishedAtUtc is not null;

    public DateTime? PublishedAtUtc { get; private set; }

    public string? PublishedBy { get; private set; }

    /// <summary>The reason TSB gave for publishing with less than three months' notice.</summary>
    public string? NoticeOverrideReason { get; private set; }

    /// <summary>Cancelled by TSB: no more replies; everything received is kept.</summary>
    public bool IsCancelled { get; private set; }

    public DateTime? CancelledAtUtc { get; private set; }

    /// <summary>Demo data whose dates were moved to make it current; the page says so.</summary>
    public bool IsDemo { get; private set; }

    public DateTime DeadlineInstant => TapCalendar.DeadlineInstant(DeadlineDate);

    public DateOnly? ProposedDeadline => TapCalendar.ProposedDeadline(Meeting.FirstDay);

    /// <summary>The chosen deadline differs from the one Res. 1 9.4.1 suggests.</summary>
    public bool DeadlineDiffersFromProposal => ProposedDeadline is { } proposed && proposed != DeadlineDate;

    public bool MeetsNotice => Meeting.FirstDay is null || TapCalendar.MeetsNotice(Date, Meeting.FirstDay.Value);

    /// <summary>The notice of 9.3.3 counted from the letter's date and from the day it is actually published, whichever is later.</summary>
    public bool MeetsNoticeWhenPublishedOn(DateOnly publishedOn) =>
        Meeting.FirstDay is null || TapCalendar.MeetsNotice(publishedOn > Date ? publishedOn : Date, Meeting.FirstDay.Value);

    public IEnumerable<DraftText> ActiveTexts => texts.Where(t => !t.IsWithdrawn).OrderBy(t => t.Position);

    /// <summary>After the deadline, whether the final per-text results appear on the public page.</summary>
    public bool ResultsArePublic { get; private set; }

    public void MarkAsDemo()
    {
        Revision++;
        IsDemo = true;
    }

    public void SetResultsPublic(bool isPublic)
    {
        Revision++;
        ResultsArePublic = isPublic;
    }

    public CircularStatus StatusAt(DateTime utcNow)
    {
        if (!IsPublished)
        {
            return CircularStatus.Draft;
        }

        if (IsCancelled)
        {
            return CircularStatus.Cancelled;
        }

        if (ActiveTexts.Any(t => t.Decision is not null))
        {
            return CircularStatus.Decided;
        }

        return DeadlinePassedAt(utcNow) ? CircularStatus.Closed : CircularStatus.Published;
    }

    public bool AcceptsRepliesAt(DateTime utcNow) => IsPublished && !IsCancelled && TapCalendar.IsOnTime(utcNow, DeadlineDate);

    /// <summary>Whether 2359 UTC on the current deadline is behind <paramref name="utcNow"/>: the tally is final (until an extension).</summary>
    public bool DeadlinePassedAt(DateTime utcNow) => !TapCalendar.IsOnTime(utcNow, DeadlineDate);

    public void UpdateDetails(CircularDetails details)
    {
        Revision++;
        EnsureDraft();
        ApplyDetails(details);
    }

    public DraftText AddText(DraftTextDetails details)
    {
        Revision++;
        EnsureDraft();
        EnsureUniqueNumber(details, except: null);
        var nextId = texts.Count == 0 ? 1 : texts.Max(t => t.Id) + 1;
        var text = new DraftText(nextId, details, texts.Count + 1);
        texts.Add(text);
        return text;
    }

    public void UpdateText(DraftText text, DraftTextDetails details)
    {
        Revision++;
        EnsureDraft();
        EnsureOwned(text);
        EnsureUniqueNumber(details, except: text);
        text.Apply(details);
    }

    public void RemoveText(DraftText text)
    {
        Revision++;
        EnsureDraft();
        EnsureOwned(text);
        texts.Remove(text);
        Renumber(texts.OrderBy(t => t.Position).ToList());
    }

    public void MoveText(DraftText text, int newPosition)
    {
        Revision++;
        EnsureDraft();
        EnsureOwned(text);
        var ordered = texts.OrderBy(t => t.Position).ToList();
        ordered.Remove(text);
        ordered.Insert(Math.Clamp(newPosition - 1, 0, ordered.Count), text);
        Renumber(ordered);
    }

    /// <summary>A note (A.5, IPR) that concerns one text only; an empty note removes it.</summary>
    public void SetTextNote(DraftText text, string? note)
    {
        Revision++;
        EnsureDraft();
        EnsureOwned(text);
        notes.RemoveAll(n => n.Recommendation == text.Recommendation);
        if (!string.IsNullOrWhiteSpace(note))
        {
            notes.Add(new CircularNote(NoteKind.Other, note.Trim(), text.Recommendation));
        }
    }

    /// <summary>A note's text in the language when the circular holds it there, in English otherwise.</summary>
    public string NoteIn(CircularNote note, string language) =>
        TranslationOf(note.Kind, note.Recommendation, language)?.Text ?? note.Text;

    /// <summary>The language in which <see cref="NoteIn"/> answers for that note.</summary>
    public string LanguageOf(CircularNote note, string language) =>
        TranslationOf(note.Kind, note.Recommendation, language) is null ? ItuLanguages.English : language;

    private NoteTranslation? TranslationOf(NoteKind kind, string? recommendation, string language) =>
        noteTranslations.FirstOrDefault(t => t.Kind == kind && t.Recommendation == recommendation && t.Language == language);

    /// <summary>Holds a note of the circular in another of ITU's languages (from that language's version of the circular).</summary>
    public void SetNoteTranslation(NoteTranslation translation)
    {
        Revision++;
        if (translation.Language == ItuLanguages.English || !ItuLanguages.All.Contains(translation.Language))
        {
            throw new DomainException("Circular.NotAnItuLanguage", "'{0}' is not one of the languages of ITU.", translation.Language);
        }

        if (!notes.Any(n => n.Kind == translation.Kind && n.Recommendation == translation.Recommendation))
        {
            throw new DomainException("Circular.NoSuchNote", "Circular {0} has no such note to translate.", Number);
        }

        if (string.IsNullOrWhiteSpace(translation.Text))
        {
            throw new DomainException("Circular.NoteRequired", "Enter the text of the note.");
        }

        if (TranslationOf(translation.Kind, translation.Recommendation, translation.Language) is { } earlier)
        {
            noteTranslations.Remove(earlier);
        }

        noteTranslations.Add(translation with { Text = translation.Text.Trim() });
        if (!languages.Contains(translation.Language))
        {
            languages.Add(translation.Language);
        }
    }

    /// <summary>Enters a note of a published circular in another language: an amendment, shown to everyone.</summary>
    public CircularAmendment TranslateNote(NoteTranslation translation, string reason, DateTime utcNow, string amendedBy)
    {
        EnsureOpenForAmendment();
        SetNoteTranslation(translation);
        return Amend(AmendmentKind.Correction, $"{translation.Kind} note ({translation.Language})", reason, utcNow, amendedBy);
    }

    public void SetTranslation(DraftText text, TextTranslation translation)
    {
        Revision++;
        EnsureOwned(text);
        if (!languages.Contains(translation.Language))
        {
            languages.Add(translation.Language);
        }

        text.SetTranslation(translation);
    }

    /// <summary>Publishes the circular (rules 1 and 2 of the TAP).</summary>
    public void Publish(DateTime utcNow, string publishedBy, string? noticeOverrideReason = null)
    {
        Revision++;
        EnsureDraft();
        if (!ActiveTexts.Any())
        {
            throw new DomainException("Circular.NoTexts", "A circular must list at least one determined draft text before it is published.");
        }

        var publishedOn = DateOnly.FromDateTime(TapCalendar.ToUtc(utcNow));
        if (!MeetsNoticeWhenPublishedOn(publishedOn))
        {
            if (string.IsNullOrWhiteSpace(noticeOverrideReason))
            {
                throw NoticeTooShort(publishedOn > Date ? publishedOn : Date, Meeting.FirstDay!.Value);
            }

            NoticeOverrideReason = noticeOverrideReason.Trim();
        }

        if (DeadlinePassedAt(utcNow))
        {
            throw new DomainException("Circular.DeadlinePassed", "The reply deadline {0:yyyy-MM-dd} has already passed.", DeadlineDate);
        }

        PublishedAtUtc = TapCalendar.ToUtc(utcNow);
        PublishedBy = publishedBy;
    }

    /// <summary>
    /// Extends the reply deadline (rule 10): later than the current one and before the meeting's first day. After the
    /// deadline has passed, the extension reopens the consultation, which TSB must say it means to do.
    /// </summary>
    public CircularAmendment ExtendDeadline(DateOnly newDeadline, string reason, DateTime utcNow, string amendedBy, bool reopen = false)
    {
        EnsureOpenForAmendment();
        if (!IsPlausible(newDeadline))
        {
            throw DateOutOfRange();
        }

        if (newDeadline <= DeadlineDate)
        {
            throw new DomainException(
                "Circular.DeadlineNotLater",
                "The new deadline must come after the current one ({0:yyyy-MM-dd}).",
                DeadlineDate);
        }

        if (Meeting.FirstDay is { } first && newDeadline >= first)
        {
            throw new DomainException(
                "Circular.DeadlineAfterMeeting",
                "The new deadline must come before the meeting's first day ({0:yyyy-MM-dd}).",
                first);
        }

        if (DeadlinePassedAt(utcNow) && !reopen)
        {
            throw new DomainException(
                "Circular.ReopenNotConfirmed",
                "The deadline of {0:yyyy-MM-dd} has passed: extending it reopens the consultation. Confirm that you mean to reopen it.",
                DeadlineDate);
        }

        var details = DeadlinePassedAt(utcNow)
            ? $"{DeadlineDate:yyyy-MM-dd} -> {newDeadline:yyyy-MM-dd} (consultation reopened)"
            : $"{DeadlineDate:yyyy-MM-dd} -> {newDeadline:yyyy-MM-dd}";
        DeadlineDate = newDeadline;
        return Amend(AmendmentKind.DeadlineExtended, details, reason, utcNow, amendedBy);
    }

    /// <summary>
    /// Changes the meeting's place or days (rule 10). The deadline must still come before the first day, and the notice of
    /// 9.3.3 is counted again from the day of publication (a shorter one needs a reason). Not once the meeting has decided.
    /// </summary>
    public CircularAmendment ChangeMeeting(Meeting meeting, string reason, DateTime utcNow, string amendedBy, string? noticeOverrideReason = null)
    {
        EnsureOpenForAmendment();
        if (texts.Any(t => t.Decision is not null))
        {
            throw new DomainException("Circular.MeetingAlreadyDecided", "The meeting has already decided on texts of circular {0}; its days can no longer change.", Number);
        }

        if ((meeting.FirstDay is { } from && !IsPlausible(from)) || (meeting.LastDay is { } to && !IsPlausible(to)))
        {
            throw DateOutOfRange();
        }

        if (string.IsNullOrWhiteSpace(meeting.Place))
        {
            throw new DomainException("Circular.MeetingPlaceRequired", "Give the meeting's place (or \"Virtual\").");
        }

        var shortNotice = false;
        if (meeting.FirstDay is { } first)
        {
            if (DeadlineDate >= first)
            {
                throw new DomainException(
                    "Circular.DeadlineAfterMeeting",
                    "The reply deadline ({0:yyyy-MM-dd}) must come before the meeting's first day.",
                    DeadlineDate);
            }

            var publishedOn = DateOnly.FromDateTime(PublishedAtUtc!.Value);
            shortNotice = !TapCalendar.MeetsNotice(publishedOn > Date ? publishedOn : Date, first);
            if (shortNotice && string.IsNullOrWhiteSpace(noticeOverrideReason))
            {
                throw NoticeTooShort(publishedOn > Date ? publishedOn : Date, first);
            }
        }

        var details = $"{Describe(Meeting)} -> {Describe(meeting)}";
        Meeting = meeting;
        if (shortNotice)
        {
            NoticeOverrideReason = noticeOverrideReason!.Trim();
        }

        return Amend(AmendmentKind.MeetingChanged, details, reason, utcNow, amendedBy);
    }

    /// <summary>Cancels the whole consultation (rule 10): no more replies; nothing is deleted.</summary>
    public CircularAmendment Cancel(string reason, DateTime utcNow, string amendedBy)
    {
        EnsureOpenForAmendment();
        if (texts.Any(t => t.Decision is not null))
        {
            throw new DomainException("Circular.AlreadyDecided", "The meeting has already decided on texts of circular {0}; it can no longer be cancelled.", Number);
        }

        var amendment = Amend(AmendmentKind.Cancelled, $"TSB Circular {Number}", reason, utcNow, amendedBy);
        IsCancelled = true;
        CancelledAtUtc = TapCalendar.ToUtc(utcNow);
        return amendment;
    }

    public CircularAmendment WithdrawText(DraftText text, string reason, DateTime utcNow, string amendedBy)
    {
        EnsureOpenForAmendment();
        EnsureOwned(text);
        if (text.IsWithdrawn)
        {
            throw new DomainException("Circular.TextAlreadyWithdrawn", "{0} has already been withdrawn.", text.DisplayNumber);
        }

        if (ActiveTexts.Count() == 1)
        {
            throw new DomainException("Circular.LastText", "The last remaining text cannot be withdrawn; the consultation needs at least one.");
        }

        text.Withdraw();
        return Amend(AmendmentKind.TextWithdrawn, text.DisplayNumber, reason, utcNow, amendedBy);
    }

    /// <summary>
    /// Corrects the title or summary of a text in one of ITU's languages; in a language the circular was not held in,
    /// this adds that language to it.
    /// </summary>
    public CircularAmendment CorrectText(DraftText text, string language, string title, string? summary, string reason, DateTime utcNow, string amendedBy)
    {
        EnsureOpenForAmendment();
        EnsureOwned(text);
        if (!ItuLanguages.All.Contains(language))
        {
            throw new DomainException("Circular.NotAnItuLanguage", "'{0}' is not one of the languages of ITU.", language ?? string.Empty);
        }

        text.Correct(language, title, summary);
        if (!languages.Contains(language))
        {
            languages.Add(language);
        }

        return Amend(AmendmentKind.Correction, language == "en" ? text.DisplayNumber : $"{text.DisplayNumber} ({language})", reason, utcNow, amendedBy);
    }

    /// <summary>
    /// Records a decision of the meeting on a text whose consideration the final tally authorized (9.5). Each Member State
    /// named (with reservations, asking for more time, opposing) must count for the circular. A change of decision is a
    /// new entry with its reason; the earlier one is kept.
    /// </summary>
    public MeetingDecision RecordDecision(
        DraftText text,
        OutcomeKind kind,
        IReadOnlyCollection<DecisionStatement> statements,
        CircularTally finalTally,
        IReadOnlyCollection<MemberState> roster,
        string? reason,
        DateTime utcNow,
        string recordedBy)
    {
        Revision++;
        EnsurePublished();
        EnsureOwned(text);
        if (IsCancelled)
        {
            throw new DomainException("Circular.Cancelled", "Circular {0} was cancelled.", Number);
        }

        if (!Meeting.HasStartedAt(utcNow))
        {
            throw new DomainException("Outcome.BeforeMeeting", "An outcome can be recorded only once the meeting has begun.");
        }

        if (finalTally.Status != TallyStatus.Final || finalTally.DeadlineDate != DeadlineDate)
        {
            throw new DomainException(
                "Outcome.NoFinalTally",
                "The final tally for the deadline of {0:yyyy-MM-dd} has not been recorded yet; the meeting decides on it once it has.",
                DeadlineDate);
        }

        if (finalTally.Texts.FirstOrDefault(t => t.TextId == text.Id) is not { ConsiderationAuthorized: true })
        {
            throw new DomainException(
                "Outcome.NotAuthorized",
                "Consideration of {0} was not authorized by the consultation; the meeting cannot decide on it.",
                text.DisplayNumber);
        }

        if (kind == OutcomeKind.MoreTimeRequested && Meeting.LastDay is null)
        {
            throw new DomainException("Outcome.MeetingDaysUnknown", "The meeting's last day must be known to grant more time.");
        }

        var named = statements.Select(s => s with { MemberStateCode = s.MemberStateCode.Trim().ToUpperInvariant(), Text = s.Text.Trim() }).ToList();
        MeetingDecision.CheckStatements(kind, named);
        EnsureMemberStates(named.Select(s => s.MemberStateCode), roster);
        text.AddDecision(
            kind,
            named,
            kind == OutcomeKind.MoreTimeRequested ? TapCalendar.OppositionPeriodEnd(Meeting.LastDay!.Value) : null,
            reason,
            TapCalendar.ToUtc(utcNow),
            recordedBy);
        return text.Decision!;
    }

    /// <summary>
    /// A formal opposition, with reasons, to a text given more time: from a Member State that counts for the circular,
    /// received from the meeting's first day to the end of the four weeks after it (9.5).
    /// </summary>
    public FormalOpposition RecordOpposition(DraftText text, string memberStateCode, string reasons, DateOnly receivedOn, IReadOnlyCollection<MemberState> roster, DateTime utcNow, string recordedBy)
    {
        Revision++;
        EnsurePublished();
        EnsureOwned(text);
        if (text.Decision is not { Kind: OutcomeKind.MoreTimeRequested } decision)
        {
            throw new DomainException("Outcome.OppositionNotExpected", "A formal opposition can only follow a request for more time.");
        }

        if (string.IsNullOrWhiteSpace(reasons))
        {
            throw new DomainException("Outcome.OppositionReasonsRequired", "A formal opposition must give its reasons.");
        }

        if (receivedOn < Meeting.FirstDay || receivedOn > decision.OppositionPeriodEnd)
        {
            throw new DomainException(
                "Outcome.OppositionOutsidePeriod",
                "A formal opposition counts when TSB receives it from the meeting's first day ({0:yyyy-MM-dd}) to the end of the four weeks after it ({1:yyyy-MM-dd}).",
                Meeting.FirstDay!.Value,
                decision.OppositionPeriodEnd!.Value);
        }

        if (receivedOn > DateOnly.FromDateTime(TapCalendar.ToUtc(utcNow)))
        {
            throw new DomainException("Reply.ReceivedInFuture", "The date and time received cannot be in the future.");
        }

        var code = memberStateCode.Trim().ToUpperInvariant();
        EnsureMemberStates([code], roster);
        var opposition = new FormalOpposition(code, reasons.Trim(), receivedOn, TapCalendar.ToUtc(utcNow), recordedBy);
        text.AddOpposition(opposition);
        return opposition;
    }

    /// <summary>Records the circular by which TSB notified the results of these texts (9.6).</summary>
    public void RecordNotification(IReadOnlyCollection<DraftText> notified, int circularNumber, DateOnly date, DateTime utcNow, string recordedBy)
    {
        Revision++;
        EnsurePublished();
        if (notified.Count == 0)
        {
            throw new DomainException("Notification.NoTexts", "Choose the texts whose result the circular notified.");
        }

        if (circularNumber <= 0)
        {
            throw new DomainException("Circular.NumberRequired", "A circular needs a positive number.");
        }

        foreach (var text in notified)
        {
            EnsureOwned(text);
            if (text.EffectiveOn(date) is EffectiveOutcome.Undecided or EffectiveOutcome.AwaitingOppositions)
            {
                throw new DomainException(
                    "Notification.NotFinal",
                    "The result for {0} is not final on {1:yyyy-MM-dd}: the meeting has not decided, or the four weeks for formal opposition have not ended.",
                    text.DisplayNumber,
                    date);
            }

            if (date > DateOnly.FromDateTime(TapCalendar.ToUtc(utcNow)))
            {
                throw new DomainException("Notification.DateInFuture", "The notifying circular's date cannot be in the future.");
            }
        }

        foreach (var text in notified)
        {
            text.SetNotification(new ResultNotification(circularNumber, date, TapCalendar.ToUtc(utcNow), recordedBy));
        }
    }

    private void EnsureMemberStates(IEnumerable<string> codes, IReadOnlyCollection<MemberState> roster)
    {
        foreach (var code in codes)
        {
            var state = roster.FirstOrDefault(m => m.Code == code);
            if (CountingRule.StandingOf(state, Date) != Standing.MemberState)
            {
                throw new DomainException(
                    "Decision.NotAMemberState",
                    "{0} is not a Member State that counts for circular {1} (a Member State of ITU on {2:yyyy-MM-dd}).",
                    state?.Name ?? code,
                    Number,
                    Date);
            }
        }
    }

    private static string Describe(Meeting meeting) =>
        meeting.FirstDay is null ? $"{meeting.Place}, days not known" : $"{meeting.Place}, {meeting.FirstDay:yyyy-MM-dd} to {meeting.LastDay:yyyy-MM-dd}";

    private CircularAmendment Amend(AmendmentKind kind, string details, string reason, DateTime utcNow, string amendedBy)
    {
        Revision++;
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainException("Circular.AmendmentReasonRequired", "An amendment needs a reason, shown to everyone.");
        }

        var amendment = new CircularAmendment(amendments.Count + 1, kind, details, reason.Trim(), TapCalendar.ToUtc(utcNow), amendedBy);
        amendments.Add(amendment);
        return amendment;
    }

    private void ApplyDetails(CircularDetails details)
    {
        if (details.Number <= 0)
        {
            throw new DomainException("Circular.NumberRequired", "A circular needs a positive number.");
        }

        if (details.StudyGroup is < 1 or > 99)
        {
            throw new DomainException("Circular.StudyGroupInvalid", "The study group must be a number between 1 and 99.");
        }

        if (!IsPlausible(details.Date) || !IsPlausible(details.DeadlineDate)
            || (details.Meeting.FirstDay is { } firstDay && !IsPlausible(firstDay))
            || (details.Meeting.LastDay is { } lastDay && !IsPlausible(lastDay)))
        {
            throw DateOutOfRange();
        }

        if (details.DeadlineDate < details.Date)
        {
            throw new DomainException("Circular.DeadlineBeforeDate", "The reply deadline cannot come before the circular's date.");
        }

        if (details.Meeting.FirstDay is { } first && details.DeadlineDate >= first)
        {
            throw new DomainException("Circular.DeadlineAfterMeeting", "The reply deadline must come before the meeting's first day.");
        }

        Number = details.Number;
        Date = details.Date;
        Year = details.Date.Year;
        Reference = (details.Reference ?? string.Empty).Trim();
        StudyGroup = details.StudyGroup;
        Addressees = (details.Addressees ?? string.Empty).Trim();
        CopyTo = (details.CopyTo ?? string.Empty).Trim();
        Meeting = details.Meeting;
        DeadlineDate = details.DeadlineDate;
        notes.Clear();
        notes.AddRange(details.Notes);
        languages = details.Languages.Count == 0 ? ["en"] : details.Languages.Distinct().ToList();
    }

    private static bool IsPlausible(DateOnly day) => day.Year is >= 2000 and <= 2100;

    private static DomainException DateOutOfRange() =>
        new("Circular.DateOutOfRange", "Dates of a circular, its deadline and its meeting lie between the years 2000 and 2100.");

    private static DomainException NoticeTooShort(DateOnly noticeFrom, DateOnly meetingFirstDay) =>
        new(
            "Circular.NoticeTooShort",
            "Published on {0:yyyy-MM-dd}, the circular reaches Member States less than three months before the meeting on {1:yyyy-MM-dd} (Res. 1, 9.3.3). Give a reason to publish it anyway.",
            noticeFrom,
            meetingFirstDay);

    private void EnsureDraft()
    {
        if (IsPublished)
        {
            throw new DomainException("Circular.AlreadyPublished", "Circular {0} is published; change it through an amendment with a reason.", Number);
        }
    }

    private void EnsureOpenForAmendment()
    {
        EnsurePublished();
        if (IsCancelled)
        {
            throw new DomainException("Circular.Cancelled", "Circular {0} was cancelled.", Number);
        }
    }

    private void EnsurePublished()
    {
        if (!IsPublished)
        {
            throw new DomainException("Circular.NotPublished", "Circular {0} is still a draft; edit it directly.", Number);
        }
    }

    private void EnsureOwned(DraftText text)
    {
        if (!texts.Contains(text))
        {
            throw new DomainException("Circular.UnknownText", "That draft text is not part of circular {0}.", Number);
        }
    }

    private void EnsureUniqueNumber(DraftTextDetails details, DraftText? except)
    {
        var duplicate = texts.Any(t => t != except
            && string.Equals(t.Recommendation, details.Recommendation.Trim(), StringComparison.OrdinalIgnoreCase)
            && t.Kind == details.Kind
            && t.AmendmentNumber == (details.Kind == DraftTextKind.Amendment ? details.AmendmentNumber : null));
        if (duplicate)
        {
            throw new DomainException("Circular.DuplicateText", "{0} is already listed in this circular.", details.Recommendation);
        }
    }

    private static void Renumber(List<DraftText> ordered)
    {
        for (var i = 0; i < ordered.Count; i++)
        {
            ordered[i].Position = i + 1;
        }
    }
}
