using Consultations.Domain.Common;

namespace Consultations.Domain.Circulars;

/// <summary>A determined draft text of Annex 1: a new or revised Recommendation, or an amendment.</summary>
public sealed class DraftText
{
    private readonly List<TextTranslation> translations = [];
    private readonly List<MeetingDecision> decisions = [];
    private readonly List<FormalOpposition> oppositions = [];

    private DraftText()
    {
        Recommendation = string.Empty;
        Title = string.Empty;
    }

    internal DraftText(int id, DraftTextDetails details, int position)
    {
        Id = id;
        Position = position;
        Recommendation = string.Empty;
        Title = string.Empty;
        Apply(details);
    }

    /// <summary>Numbered within its circular (1, 2, ...), never reused once published, so opinions can refer to it.</summary>
    public int Id { get; private set; }

    public int Position { get; internal set; }

    public DraftTextKind Kind { get; private set; }

    /// <summary>The Recommendation number, e.g. "X.1280".</summary>
    public string Recommendation { get; private set; }

    public int? AmendmentNumber { get; private set; }

    /// <summary>The former provisional name, e.g. "X.oob-sa".</summary>
    public string? ProvisionalName { get; private set; }

    public string Title { get; private set; }

    public string? Summary { get; private set; }

    /// <summary>The study-group document, e.g. "SG17-R25".</summary>
    public string? DocumentRef { get; private set; }

    public bool IsWithdrawn { get; private set; }

    /// <summary>The meeting's decisions in the order recorded; the last one stands.</summary>
    public IReadOnlyList<MeetingDecision> Decisions => decisions;

    /// <summary>The decision that stands, if the meeting decided.</summary>
    public MeetingDecision? Decision => decisions.Count == 0 ? null : decisions[^1];

    public IReadOnlyList<FormalOpposition> Oppositions => oppositions;

    public ResultNotification? Notification { get; private set; }

    public IReadOnlyList<TextTranslation> Translations => translations;

    /// <summary>"Amendment 1 to X.1352", "X.1280".</summary>
    public string DisplayNumber => Kind == DraftTextKind.Amendment && AmendmentNumber is not null
        ? $"Amendment {AmendmentNumber} to {Recommendation}"
        : Recommendation;

    public string TitleIn(string language) =>
        translations.FirstOrDefault(t => t.Language == language)?.Title ?? Title;

    /// <summary>The language in which <see cref="TitleIn"/> answers: the one asked for when the text is held in it, English otherwise.</summary>
    public string LanguageOf(string language) =>
        translations.Any(t => t.Language == language) ? language : ItuLanguages.English;

    public string? SummaryIn(string language) =>
        translations.FirstOrDefault(t => t.Language == language)?.Summary ?? Summary;

    internal void Apply(DraftTextDetails details)
    {
        details.Validate();
        Kind = details.Kind;
        Recommendation = details.Recommendation.Trim();
        AmendmentNumber = details.Kind == DraftTextKind.Amendment ? details.AmendmentNumber : null;
        ProvisionalName = Blank(details.ProvisionalName);
        Title = details.Title.Trim();
        Summary = Blank(details.Summary);
        DocumentRef = Blank(details.DocumentRef);
    }

    internal void Correct(string language, string title, string? summary)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            throw new DomainException("DraftText.TitleRequired", "A draft text needs a title.");
        }

        if (language == "en")
        {
            Title = title.Trim();
            Summary = Blank(summary);
        }
        else
        {
            SetTranslation(new TextTranslation(language, title.Trim(), Blank(summary)));
        }
    }

    /// <summary>
    /// Where the text stands on <paramref name="day"/> by 9.5: as decided; or, after a request for more time,
    /// not approved once a Member State formally opposed, approved once the four weeks ended without opposition.
    /// </summary>
    public EffectiveOutcome EffectiveOn(DateOnly day) => Decision switch
    {
        null => EffectiveOutcome.Undecided,
        { Kind: OutcomeKind.Approved } => EffectiveOutcome.Approved,
        { Kind: OutcomeKind.ApprovedWithReservations } => EffectiveOutcome.ApprovedWithReservations,
        { Kind: OutcomeKind.NotApproved } => EffectiveOutcome.NotApproved,
        _ when oppositions.Count > 0 => EffectiveOutcome.NotApproved,
        { OppositionPeriodEnd: { } end } when day > end => EffectiveOutcome.Approved,
        _ => EffectiveOutcome.AwaitingOppositions,
    };

    /// <summary>The last day by which TSB notifies the result (9.6): four weeks after the meeting, or after the extra four weeks.</summary>
    public DateOnly? NotificationDueOn(Meeting meeting) => Decision switch
    {
        null => null,
        { OppositionPeriodEnd: { } end } => end.AddDays(7 * TapCalendar.WeeksAfterMeeting),
        _ => meeting.LastDay?.AddDays(7 * TapCalendar.WeeksAfterMeeting),
    };

    internal void AddDecision(OutcomeKind kind, IReadOnlyCollection<DecisionStatement> statements, DateOnly? oppositionPeriodEnd, string? reason, DateTime utcNow, string by)
    {
        if (decisions.Count > 0 && string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainException("Decision.ChangeReasonRequired", "{0} already has a decision: give the reason for changing it; the earlier one stays on record.", DisplayNumber);
        }

        if (Notification is not null)
        {
            throw new DomainException("Decision.AlreadyNotified", "The result for {0} has been notified by TSB Circular {1}; it can no longer change.", DisplayNumber, Notification.CircularNumber);
        }

        decisions.Add(new MeetingDecision(decisions.Count + 1, kind, statements, oppositionPeriodEnd, decisions.Count == 0 ? null : reason!.Trim(), utcNow, by));
    }

    internal void AddOpposition(FormalOpposition opposition)
    {
        if (oppositions.Any(o => o.MemberStateCode == opposition.MemberStateCode))
        {
            throw new DomainException("Opposition.Duplicate", "A formal opposition of {0} to {1} is already recorded.", opposition.MemberStateCode, DisplayNumber);
        }

        oppositions.Add(opposition);
    }

    internal void SetNotification(ResultNotification notification) => Notification = notification;

    internal void SetTranslation(TextTranslation translation)
    {
        translations.RemoveAll(t => t.Language == translation.Language);
        translations.Add(translation);
    }

    internal void Withdraw() => IsWithdrawn = true;


    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
