using System.Net;
using Consultations.Infrastructure.Auditing;
using Consultations.Infrastructure.Email;
using Consultations.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Consultations.Web.Tests.Foundation;

public class Operations(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Every_response_carries_a_correlation_id_and_keeps_a_well_formed_one()
    {
        var client = portal.CreateClient();
        var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Add("X-Correlation-Id", "case-4711");

        var given = await client.SendAsync(request);
        var generated = await client.GetAsync("/");

        Assert.Equal("case-4711", given.Headers.GetValues("X-Correlation-Id").Single());
        Assert.False(string.IsNullOrWhiteSpace(generated.Headers.GetValues("X-Correlation-Id").Single()));
    }

    [Fact]
    public async Task A_malformed_correlation_id_is_replaced()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.TryAddWithoutValidation("X-Correlation-Id", "<script>alert(1)</script>");

        var response = await portal.CreateClient().SendAsync(request);

        Assert.DoesNotContain("<script>", response.Headers.GetValues("X-Correlation-Id").Single());
    }

    [Fact]
    public async Task The_readiness_check_reports_the_database()
    {
        var response = await portal.CreateClient().GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Pages_are_sent_with_security_headers()
    {
        var response = await portal.CreateClient().GetAsync("/");

        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Contains("default-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single());
    }

    [Fact]
    public async Task Audit_records_cannot_be_changed_or_deleted()
    {
        portal.CreateClient();
        await portal.WithDbAsync(async db =>
        {
            db.AuditRecords.Add(new AuditRecord { AtUtc = DateTime.UtcNow, UserName = "test", Action = "Test.Done", EntityType = "Test", EntityId = "1" });
            await db.SaveChangesAsync();
        });

        await portal.WithDbAsync(async db =>
        {
            var record = await db.AuditRecords.FirstAsync(a => a.Action == "Test.Done");
            record.Details = "tampered";
            await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        });
        await portal.WithDbAsync(async db =>
        {
            db.AuditRecords.Remove(await db.AuditRecords.FirstAsync(a => a.Action == "Test.Done"));
            await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        });
        await portal.WithDbAsync(async db => Assert.Null((await db.AuditRecords.FirstAsync(a => a.Action == "Test.Done")).Details));
    }

    [Fact]
    public async Task Without_SMTP_the_outbox_delivers_messages_as_eml_files()
    {
        portal.CreateClient();
        await portal.WithScopeAsync(async services =>
        {
            services.GetRequiredService<EmailOutbox>().Enqueue("someone@example.org", "Someone", "en", "Hello", "Body text", "Test.Message");
            await services.GetRequiredService<Consultations.Infrastructure.Persistence.AppDbContext>().SaveChangesAsync();
            await services.GetRequiredService<OutboxProcessor>().ProcessDueAsync("test", CancellationToken.None);
            return true;
        });

        await portal.WithDbAsync(async db =>
        {
            var message = await db.OutboxMessages.Include(m => m.AttemptLog).SingleAsync(m => m.Cause == "Test.Message");
            Assert.Equal(OutboxState.Sent, message.State);
            Assert.Single(message.AttemptLog);
        });
        var file = Assert.Single(Directory.GetFiles(Path.Combine(portal.DataDirectory, "mail"), "*.eml"));
        var eml = await File.ReadAllTextAsync(file);
        Assert.Contains("Subject: Hello", eml);
        Assert.Contains("someone@example.org", eml);
    }

    [Fact]
    public async Task The_SQLite_database_runs_in_WAL_mode()
    {
        portal.CreateClient();
        await portal.WithDbAsync(async db =>
        {
            var connection = db.Database.GetDbConnection();
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA journal_mode;";
            Assert.Equal("wal", (string?)await command.ExecuteScalarAsync());
        });
    }
}
