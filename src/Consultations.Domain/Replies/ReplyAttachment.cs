namespace Consultations.Domain.Replies;

/// <summary>A file attached to one text's opinion, stored under <see cref="StoredName"/> outside the web root.</summary>
public sealed record ReplyAttachment(int DraftTextId, string StoredName, string FileName, string ContentType, long Length, string Sha256);
