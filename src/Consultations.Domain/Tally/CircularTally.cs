namespace Consultations.Domain.Tally;

/// <summary>The tally of one circular at one instant.</summary>
public sealed record CircularTally(
    DateTime ComputedAtUtc,
    TallyStatus Status,
    int EligibleMemberStates,
    int RepliesCounted,
    IReadOnlyList<string> NotReplied,
    IReadOnlyList<string> LateReplies,
    IReadOnlyList<string> ObserverReplies,
    IReadOnlyList<TextTally> Texts)
{
    public TextTally For(int textId) => Texts.Single(t => t.TextId == textId);
}
