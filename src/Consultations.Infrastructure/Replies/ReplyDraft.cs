namespace Consultations.Infrastructure.Replies;

/// <summary>A delegate's unsubmitted work on a reply. It never counts; it keeps what was typed and uploaded.</summary>
public sealed class ReplyDraft
{
    public int Id { get; set; }

    public int CircularId { get; set; }

    public string MemberStateCode { get; set; } = string.Empty;

    public string UserId { get; set; } = string.Empty;

    /// <summary>The form as JSON (opinions, comments, attachment references, signatory).</summary>
    public string Content { get; set; } = string.Empty;

    /// <summary>The reply's revision when the delegate started from it; a newer one means someone else submitted meanwhile.</summary>
    public int BaseRevision { get; set; }

    public DateTime SavedAtUtc { get; set; }
}
