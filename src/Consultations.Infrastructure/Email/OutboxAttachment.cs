namespace Consultations.Infrastructure.Email;

/// <summary>A file sent with an e-mail (the PDF receipt, say), kept with the message until it is delivered.</summary>
public sealed class OutboxAttachment
{
    public long Id { get; set; }

    public long OutboxMessageId { get; set; }

    public string FileName { get; set; } = string.Empty;

    public string ContentType { get; set; } = "application/octet-stream";

    public byte[] Content { get; set; } = [];

    /// <summary>
    /// For a file drawn when the message is sent rather than inside the transaction that queued it (a receipt PDF):
    /// the <see cref="IOutboxAttachmentRenderer.Kind"/> that draws it, and what to draw. Empty for a file given as is.
    /// </summary>
    public string? RenderKind { get; set; }

    public string? RenderKey { get; set; }

    public static OutboxAttachment RenderedLater(string fileName, string contentType, string kind, string key) =>
        new() { FileName = fileName, ContentType = contentType, RenderKind = kind, RenderKey = key };
}
