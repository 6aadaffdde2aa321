using Microsoft.Extensions.Options;
using MimeKit;

namespace Consultations.Infrastructure.Email;

/// <summary>Without SMTP (the embedded default) each message becomes an .eml file.</summary>
public sealed class PickupDirectoryMailTransport(IOptions<EmailOptions> options, TimeProvider clock) : IMailTransport, IMailSession
{
    public Task<IMailSession> OpenAsync(CancellationToken cancellationToken) => Task.FromResult<IMailSession>(this);

    public async Task<string> SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        var directory = options.Value.PickupDirectory;
        Directory.CreateDirectory(directory);
        var name = $"{clock.GetUtcNow():yyyyMMddTHHmmssfff}-{Guid.NewGuid():N}.eml";
        var path = Path.Combine(directory, name);
        await message.WriteToAsync(path, cancellationToken);
        return $"written {name}";
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
