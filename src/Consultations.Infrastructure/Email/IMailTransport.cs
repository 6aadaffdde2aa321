using MimeKit;

namespace Consultations.Infrastructure.Email;

/// <summary>Delivers one MIME message and returns the server's answer; throws when delivery failed.</summary>
public interface IMailTransport
{
    Task<string> SendAsync(MimeMessage message, CancellationToken cancellationToken);
}
