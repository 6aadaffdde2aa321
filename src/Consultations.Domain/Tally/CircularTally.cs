namespace Consultations.Domain.Tally;

/// <summary>The tally of one circular at one instant, for one deadline.</summary>
public sealed record CircularTally(
    DateTime ComputedAtUtc,
    DateOnly DeadlineDate,
    TallyStatus Status,
    int EligibleMemberStates,
    int RepliesCounted,
    IReadOnlyList<string> NotReplied,
    IReadOnlyList<string> LateReplies,
    IReadOnlyList<string> ObserverReplies,
    IReadOnlyList<TextTally> Texts)
{
    public TextTally For(int textId) => Texts.Single(t => t.TextId == textId);

    /// <summary>The versions the tally counted, one per Member State; what a stored final tally keeps.</summary>
    public IReadOnlyList<TallyVersion> CountedVersions { get; init; } = [];

    /// <summary>Versions shown but not counted: the latest late one of each state, and each observer's.</summary>
    public IReadOnlyList<TallyVersion> ShownVersions { get; init; } = [];
}
