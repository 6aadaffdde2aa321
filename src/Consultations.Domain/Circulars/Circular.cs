using Consultations.Domain.Common;
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

    public int Number { get; private set; }

    /// <summary>Circulars are numbered per year series.</summary>
    public int Year => Date.Year;

    public DateOnly Date { get; private set; }

    public string Reference { get; private set; }

    public int StudyGroup { get; private set; }

    public string Addressees { get; private set; }

    public Meeting Meeting { get; private set; }

    public DateOnly DeadlineDate { get; private set; }

    public IReadOnlyList<string> Languages => languages;

    public IReadOnlyList<CircularNote> Notes => notes;

    public IReadOnlyList<DraftText> Texts => texts;

    public IReadOnlyList<CircularAmendment> Amendments => amendments;

    public bool IsPublished => PublishedAtUtc is not null;

    public DateTime? PublishedAtUtc { get; private set; }

    public string? PublishedBy { get; private set; }

    /// <summary>The reason TSB gave for publishing with less than three months' notice.</summary>
    public string? NoticeOverrideReason { get; private set; }

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

    public void MarkAsDemo() => IsDemo = true;

    public void SetResultsPublic(bool isPublic) => ResultsArePublic = isPublic;

    public CircularStatus StatusAt(DateTime utcNow)
    {
        if (!IsPublished)
        {
            return CircularStatus.Draft;
        }

        if (ActiveTexts.Any(t => t.Outcome is not null))
        {
            return CircularStatus.Decided;
        }

        return DeadlinePassedAt(utcNow) ? CircularStatus.Closed : CircularStatus.Published;
    }

    public bool AcceptsRepliesAt(DateTime utcNow) => IsPublished && TapCalendar.IsOnTime(utcNow, DeadlineDate);

    /// <summary>Whether 2359 UTC on the current deadline is behind <paramref name="utcNow"/>: the tally is final (until an extension).</summary>
    public bool DeadlinePassedAt(DateTime utcNow) => !TapCalendar.IsOnTime(utcNow, DeadlineDate);

    public void UpdateDetails(CircularDetails details)
    {
        EnsureDraft();
        ApplyDetails(details);
    }

    public DraftText AddText(DraftTextDetails details)
    {
        EnsureDraft();
        EnsureUniqueNumber(details, except: null);
        var nextId = texts.Count == 0 ? 1 : texts.Max(t => t.Id) + 1;
        var text = new DraftText(nextId, details, texts.Count + 1);
        texts.Add(text);
        return text;
    }

    public void UpdateText(DraftText text, DraftTextDetails details)
    {
        EnsureDraft();
        EnsureOwned(text);
        EnsureUniqueNumber(details, except: text);
        text.Apply(details);
    }

    public void RemoveText(DraftText text)
    {
        EnsureDraft();
        EnsureOwned(text);
        texts.Remove(text);
        Renumber(texts.OrderBy(t => t.Position).ToList());
    }

    public void MoveText(DraftText text, int newPosition)
    {
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
        EnsureDraft();
        EnsureOwned(text);
        notes.RemoveAll(n => n.Recommendation == text.Recommendation);
        if (!string.IsNullOrWhiteSpace(note))
        {
            notes.Add(new CircularNote(NoteKind.Other, note.Trim(), text.Recommendation));
        }
    }

    public void SetTranslation(DraftText text, TextTranslation translation)
    {
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
                throw new DomainException(
                    "Circular.NoticeTooShort",
                    "Published on {0:yyyy-MM-dd}, the circular reaches Member States less than three months before the meeting on {1:yyyy-MM-dd} (Res. 1, 9.3.3). Give a reason to publish it anyway.",
                    publishedOn > Date ? publishedOn : Date,
                    Meeting.FirstDay!.Value);
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

    public CircularAmendment ExtendDeadline(DateOnly newDeadline, string reason, DateTime utcNow, string amendedBy)
    {
        EnsurePublished();
        if (newDeadline <= DeadlineDate)
        {
            throw new DomainException(
                "Circular.DeadlineNotLater",
                "The new deadline must come after the current one ({0:yyyy-MM-dd}).",
                DeadlineDate);
        }

        var details = $"{DeadlineDate:yyyy-MM-dd} -> {newDeadline:yyyy-MM-dd}";
        DeadlineDate = newDeadline;
        return Amend(AmendmentKind.DeadlineExtended, details, reason, utcNow, amendedBy);
    }

    public CircularAmendment WithdrawText(DraftText text, string reason, DateTime utcNow, string amendedBy)
    {
        EnsurePublished();
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

    public CircularAmendment CorrectText(DraftText text, string title, string? summary, string reason, DateTime utcNow, string amendedBy)
    {
        EnsurePublished();
        EnsureOwned(text);
        text.Correct(title, summary);
        return Amend(AmendmentKind.Correction, text.DisplayNumber, reason, utcNow, amendedBy);
    }

    /// <summary>Records the meeting's decision on a text whose consideration was authorized (9.5).</summary>
    public void RecordOutcome(DraftText text, PlenaryOutcome outcome, CircularTally finalTally, DateTime utcNow)
    {
        EnsurePublished();
        EnsureOwned(text);
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

        if (outcome.Kind == OutcomeKind.MoreTimeRequested && Meeting.LastDay is null)
        {
            throw new DomainException("Outcome.MeetingDaysUnknown", "The meeting's last day must be known to grant more time.");
        }

        text.SetOutcome(outcome);
    }

    private CircularAmendment Amend(AmendmentKind kind, string details, string reason, DateTime utcNow, string amendedBy)
    {
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
        Reference = (details.Reference ?? string.Empty).Trim();
        StudyGroup = details.StudyGroup;
        Addressees = (details.Addressees ?? string.Empty).Trim();
        Meeting = details.Meeting;
        DeadlineDate = details.DeadlineDate;
        notes.Clear();
        notes.AddRange(details.Notes);
        languages = details.Languages.Count == 0 ? ["en"] : details.Languages.Distinct().ToList();
    }

    private void EnsureDraft()
    {
        if (IsPublished)
        {
            throw new DomainException("Circular.AlreadyPublished", "Circular {0} is published; change it through an amendment with a reason.", Number);
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
