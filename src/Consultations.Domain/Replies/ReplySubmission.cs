namespace Consultations.Domain.Replies;

/// <summary>What a delegate submits online, or TSB records from an e-mail, fax or letter.</summary>
public sealed record ReplySubmission(
    IReadOnlyList<TextOpinion> Opinions,
    IReadOnlyList<ReplyAttachment> Attachments,
    Signatory Signatory,
    ReplyChannel Channel,
    string SubmittedByUserId,
    string SubmittedByName,
    DateTime? ReceivedAtUtc = null,
    string? OriginalDocument = null);
