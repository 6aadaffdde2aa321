using Microsoft.Extensions.Options;
using MimeKit;

namespace Consultations.Infrastructure.Email;

/// <summary>Without SMTP (the embedded default) each message becomes an .eml file.</summary>
public sealed class PickupDirectoryMailTransport(IOptions<EmailOptions> options) : IMailTransport
{
    public string Directory => options.Value.PickupDirectory;

    public async Task<string> SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        System.IO.Directory.CreateDirectory(Directory);
        var name = $"{DateTime.UtcNow:yyyyMMddTHHmmssfff}-{Guid.NewGuid():N}.eml";
        var path = Path.Combine(Directory, name);
        await message.WriteToAsync(path, cancellationToken);
        return $"written {name}";
    }
}
