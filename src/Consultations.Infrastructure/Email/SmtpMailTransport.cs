using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Consultations.Infrastructure.Email;

public sealed class SmtpMailTransport(IOptions<EmailOptions> options) : IMailTransport
{
    public async Task<string> SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        using var client = new SmtpClient();
        var security = Enum.TryParse<SecureSocketOptions>(settings.SmtpSecurity, ignoreCase: true, out var parsed)
            ? parsed
            : SecureSocketOptions.Auto;
        var host = settings.SmtpHost ?? throw new InvalidOperationException("Email:SmtpHost is not configured.");
        await client.ConnectAsync(host, settings.SmtpPort, security, cancellationToken);
        if (!string.IsNullOrEmpty(settings.SmtpUserName))
        {
            await client.AuthenticateAsync(settings.SmtpUserName, settings.SmtpPassword ?? string.Empty, cancellationToken);
        }

        var response = await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
        return response;
    }
}
