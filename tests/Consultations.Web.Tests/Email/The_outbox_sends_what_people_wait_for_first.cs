using Consultations.Infrastructure.Email;
using Consultations.Infrastructure.Persistence;
using Consultations.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Consultations.Web.Tests.Email;

/// <summary>
/// Findings 4 and 15: a receipt queued behind a mailing to every delegate goes out first, and a batch of messages goes
/// through one SMTP connection (a real server on loopback) instead of one connection per message.
/// </summary>
public class The_outbox_sends_what_people_wait_for_first : IDisposable
{
    private readonly CountingSmtpPortal portal = new();

    public void Dispose()
    {
        portal.Dispose();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task A_receipt_queued_after_a_bulk_mailing_is_delivered_in_the_first_batch()
    {
        await QueueAsync(MailCauses.CircularPublished, 30);
        await QueueAsync(MailCauses.ReplyReceipt, 1);
        await QueueAsync(MailCauses.PasswordReset, 1);

        Assert.Equal(10, await portal.DeliverAsync());

        var firstBatch = portal.Received().Select(m => m.Subject).ToList();
        Assert.Equal(10, firstBatch.Count);
        Assert.Contains($"{MailCauses.ReplyReceipt} 0", firstBatch);
        Assert.Contains($"{MailCauses.PasswordReset} 0", firstBatch);
        await portal.WithDbAsync(async db =>
            Assert.Equal(
                [OutboxPriority.Personal, OutboxPriority.Bulk],
                await db.OutboxMessages.Select(m => m.Priority).Distinct().OrderBy(p => p).ToListAsync()));
    }

    [Fact]
    public async Task A_batch_goes_through_one_SMTP_connection_and_every_message_arrives_once()
    {
        await QueueAsync(MailCauses.Reminder, 25);

        var sent = await portal.DeliverAsync();

        Assert.Equal(10, sent);
        Assert.Equal(1, portal.Sessions);
        while (await portal.DeliverAsync() > 0)
        {
        }

        Assert.Equal(3, portal.Sessions);
        Assert.Equal(25, portal.Received().Select(m => m.MessageId).Distinct().Count());
        await portal.WithDbAsync(async db => Assert.Equal(25, await db.OutboxMessages.CountAsync(m => m.State == OutboxState.Sent)));
    }

    private Task QueueAsync(string cause, int count) =>
        portal.WithDbAsync(async db =>
        {
            var outbox = new EmailOutbox(db, portal.Clock);
            for (var i = 0; i < count; i++)
            {
                outbox.Enqueue($"person{i}@example.org", $"Person {i}", "en", $"{cause} {i}", "Body", cause);
            }

            await db.SaveChangesAsync();
        });

    /// <summary>The real SMTP transport, counting the sessions (connections) the outbox opens.</summary>
    private sealed class CountingSmtpPortal : SmtpPortal
    {
        private int sessions;

        public int Sessions => sessions;

        protected override IEnumerable<KeyValuePair<string, string>> Settings => [.. base.Settings.Where(s => s.Key != "Email:BatchSize"), new("Email:BatchSize", "10")];

        protected override void ConfigureTestServices(IServiceCollection services) =>
            services.AddSingleton<IMailTransport>(provider => new Counting(new SmtpMailTransport(provider.GetRequiredService<IOptions<EmailOptions>>()), () => Interlocked.Increment(ref sessions)));
    }

    private sealed class Counting(IMailTransport inner, Action opened) : IMailTransport
    {
        public async Task<IMailSession> OpenAsync(CancellationToken cancellationToken)
        {
            opened();
            return await inner.OpenAsync(cancellationToken);
        }
    }
}
