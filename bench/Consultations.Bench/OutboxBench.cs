using System.Diagnostics;
using Consultations.Infrastructure.Email;
using Consultations.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Consultations.Bench;

/// <summary>
/// Outbox delivery rate through a real SMTP server on loopback: the portal's batch (one connection per batch) against
/// one connection per message (how the outbox sent before), in the same run.
/// </summary>
public static class OutboxBench
{
    public static async Task RunAsync(int messages)
    {
        var perMessage = await MessagesPerSecondAsync(messages, connectionPerMessage: true);
        var batched = await MessagesPerSecondAsync(messages, connectionPerMessage: false);
        Console.WriteLine();
        Console.WriteLine("| measure | measured |");
        Console.WriteLine("|---|---|");
        Console.WriteLine($"| outbox to SMTP on loopback, {messages} messages: one connection per batch / one per message | {batched / perMessage:0.0}x ({batched:0} vs {perMessage:0} messages/s) |");
    }

    private static async Task<double> MessagesPerSecondAsync(int messages, bool connectionPerMessage)
    {
        using var portal = new Portal(connectionPerMessage);
        await portal.WithDbAsync(async db =>
        {
            var outbox = new EmailOutbox(db, portal.Clock);
            for (var i = 0; i < messages; i++)
            {
                outbox.Enqueue($"delegate{i}@example.org", $"Delegate {i}", "en", $"Reminder {i}", "The deadline is near.", MailCauses.Reminder);
            }

            await db.SaveChangesAsync();
        });

        var watch = Stopwatch.StartNew();
        var sent = 0;
        int batch;
        while ((batch = await portal.DeliverAsync()) > 0)
        {
            sent += batch;
        }

        return sent / watch.Elapsed.TotalSeconds;
    }

    private sealed class Portal(bool connectionPerMessage) : SmtpPortal
    {
        protected override IEnumerable<KeyValuePair<string, string>> Settings => [.. base.Settings.Where(s => s.Key != "Email:BatchSize"), new("Email:BatchSize", "50")];

        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            Microsoft.AspNetCore.Hosting.HostingAbstractionsWebHostBuilderExtensions.UseContentRoot(builder, Path.Combine(Repository.Root(), "src", "Consultations.Web"));
            builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        }

        protected override void ConfigureTestServices(IServiceCollection services)
        {
            if (connectionPerMessage)
            {
                services.AddSingleton<IMailTransport>(provider => new SessionPerMessage(new SmtpMailTransport(provider.GetRequiredService<IOptions<EmailOptions>>())));
            }
        }
    }

    /// <summary>Opens and closes a session (an SMTP connection) around every message.</summary>
    private sealed class SessionPerMessage(IMailTransport inner) : IMailTransport, IMailSession
    {
        public Task<IMailSession> OpenAsync(CancellationToken cancellationToken) => Task.FromResult<IMailSession>(this);

        public async Task<string> SendAsync(MimeKit.MimeMessage message, CancellationToken cancellationToken)
        {
            await using var session = await inner.OpenAsync(cancellationToken);
            return await session.SendAsync(message, cancellationToken);
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
