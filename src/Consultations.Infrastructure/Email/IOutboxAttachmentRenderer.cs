namespace Consultations.Infrastructure.Email;

/// <summary>
/// Draws a file of a queued message when the outbox sends it, so that heavy work (PDFs) stays out of the write
/// transaction that queued the message. The drawn file is kept with the message, so a retry sends the same bytes.
/// </summary>
public interface IOutboxAttachmentRenderer
{
    string Kind { get; }

    Task<byte[]> RenderAsync(string key, string language, CancellationToken cancellationToken);
}
