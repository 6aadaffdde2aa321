namespace Consultations.Domain.Tally;

/// <summary>The result for one draft text. Supporting = no comments + with comments.</summary>
public sealed record TextTally(
    int TextId,
    int SupportingNoComments,
    int SupportingWithComments,
    int NotSupporting,
    int NoOpinion,
    int NotReplied,
    int Late,
    int ObserverReplies)
{
    public int Supporting => SupportingNoComments + SupportingWithComments;

    /// <summary>Replies that count for this text: the denominator of the 70% rule.</summary>
    public int Counted => Supporting + NotSupporting;

    public bool ConsiderationAuthorized => ApprovalThreshold.IsAuthorized(Supporting, NotSupporting);

    public decimal? SupportPercentage => ApprovalThreshold.Percentage(Supporting, NotSupporting);

    public Margin Margin => ApprovalThreshold.MarginOf(Supporting, NotSupporting);
}
