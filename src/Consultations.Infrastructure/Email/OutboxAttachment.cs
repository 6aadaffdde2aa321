namespace Consultations.Infrastructure.Email;

/// <summary>A file sent with an e-mail (the PDF receipt, say), kept with the message until it is delivered.</summary>
public sealed class OutboxAttachment
{
    public long Id { get; set; }

    public long OutboxMessageId { get; set; }

    public string FileName { get; set; } = string.Empty;

    public string ContentType { get; set; } = "application/octet-stream";

    public byte[] Content { get; set; } = [];
}
