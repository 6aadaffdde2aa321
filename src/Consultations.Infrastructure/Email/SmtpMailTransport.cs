using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Consultations.Infrastructure.Email;

/// <summary>
/// SMTP through MailKit. A session connects on its first message and keeps the connection for the batch, reconnecting
/// if the server dropped it; connecting and authenticating per message made the outbox send about four messages a second.
/// </summary>
public sealed class SmtpMailTransport(IOptions<EmailOptions> options) : IMailTransport
{
    public Task<IMailSession> OpenAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IMailSession>(new Session(options.Value));

    private sealed class Session(EmailOptions settings) : IMailSession
    {
        private readonly SmtpClient client = new();

        public async Task<string> SendAsync(MimeMessage message, CancellationToken cancellationToken)
        {
            if (!client.IsConnected)
            {
                await ConnectAsync(cancellationToken);
            }

            return await client.SendAsync(message, cancellationToken);
        }

        public async ValueTask DisposeAsync()
        {
            if (client.IsConnected)
            {
                try
                {
                    await client.DisconnectAsync(quit: true);
                }
                catch (Exception exception) when (exception is IOException or SmtpProtocolException or SmtpCommandException)
                {
                    // Every message of the batch has its answer already; a failed QUIT changes nothing.
                }
            }

            client.Dispose();
        }

        private async Task ConnectAsync(CancellationToken cancellationToken)
        {
            var security = Enum.TryParse<SecureSocketOptions>(settings.SmtpSecurity, ignoreCase: true, out var parsed)
                ? parsed
                : SecureSocketOptions.Auto;
            var host = settings.SmtpHost ?? throw new InvalidOperationException("Email:SmtpHost is not configured.");
            await client.ConnectAsync(host, settings.SmtpPort, security, cancellationToken);
            if (!string.IsNullOrEmpty(settings.SmtpUserName))
            {
                await client.AuthenticateAsync(settings.SmtpUserName, settings.SmtpPassword ?? string.Empty, cancellationToken);
            }
        }
    }
}
