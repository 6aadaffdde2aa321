using MimeKit;

namespace Consultations.Infrastructure.Email;

/// <summary>Opens a session in which the outbox delivers a batch of messages (one SMTP connection for the batch).</summary>
public interface IMailTransport
{
    Task<IMailSession> OpenAsync(CancellationToken cancellationToken);
}

/// <summary>Delivers one MIME message and returns the server's answer; throws when delivery failed.</summary>
public interface IMailSession : IAsyncDisposable
{
    Task<string> SendAsync(MimeMessage message, CancellationToken cancellationToken);
}
