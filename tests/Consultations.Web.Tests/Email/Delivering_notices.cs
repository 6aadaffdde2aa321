using Consultations.Web.Features.Replies;
using Consultations.Domain.Replies;
using Consultations.Infrastructure.Email;
using Consultations.Infrastructure.Identity;
using Consultations.Infrastructure.Persistence;
using Consultations.Web.Features.Tally;
using Consultations.Testing;
using Consultations.Web.Tests.Replies;
using Consultations.Web.Tests.Tally;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Consultations.Web.Tests.Email;

public class Delivering_notices : IDisposable
{
    private readonly SmtpPortal portal = new();

    public void Dispose()
    {
        portal.Dispose();
        GC.SuppressFinalize(this);
    }

    private async Task<int> DeliverAllAsync()
    {
        var total = 0;
        int sent;
        while ((sent = await portal.DeliverAsync()) > 0)
        {
            total += sent;
        }

        return total;
    }

    [Fact]
    public async Task A_published_circular_reaches_every_designated_delegate_exactly_once()
    {
        var delegates = new[] { "FRA", "KEN", "CHN", "BRA" };
        foreach (var state in delegates)
        {
            await portal.CreateAccountAsync(Roles.Delegate, state, email: $"{state.ToLowerInvariant()}@delegates.example.org");
        }

        var circular = await CircularSeeds.AddAsync(portal, CircularSeeds.Draft(1001, new DateOnly(2026, 3, 2), new DateOnly(2026, 6, 8)));
        var tsb = portal.CreatePortalClient();
        await tsb.SignInAsync(await portal.CreateAccountAsync(Roles.TsbStaff));
        await tsb.PostAsync($"/circulars/{circular.Id}/publish", new Dictionary<string, string>(), $"/circulars/{circular.Id}/publish");

        await DeliverAllAsync();
        await DeliverAllAsync();

        var published = portal.Received().Where(m => m.Subject!.Contains("TSB Circular 1001")).ToList();
        Assert.Equal(delegates.Select(s => $"{s.ToLowerInvariant()}@delegates.example.org").Order(), published.Select(m => m.To.Mailboxes.Single().Address).Order());
        Assert.Contains($"/circulars/{circular.Id}", published[0].TextBody);
    }

    [Fact]
    public async Task Reminders_go_only_to_non_responders_once_per_offset_and_never_after_the_deadline()
    {
        await portal.CreateAccountAsync(Roles.Delegate, "FRA", email: "fra@delegates.example.org");
        await portal.CreateAccountAsync(Roles.Delegate, "KEN", email: "ken@delegates.example.org");
        await portal.CreateAccountAsync(Roles.Secretariat, email: "secretariat@itu.example.org");
        var circular = await TallySeeds.CircularAsync(portal, 1002);
        await TallySeeds.ReplyAsync(portal, circular.Id, "FRA", new DateTime(2026, 3, 3, 9, 0, 0, DateTimeKind.Utc), (1, Opinion.AssignsAuthorityNoComments, null));

        async Task RunDeadlineTasksAsync() => await portal.WithScopeAsync(async s => { await s.GetRequiredService<DeadlineTasks>().RunAsync(); return true; });

        portal.Clock.SetUtcNow(new DateTimeOffset(2026, 5, 7, 0, 0, 0, TimeSpan.Zero));
        await RunDeadlineTasksAsync();
        await RunDeadlineTasksAsync();
        await DeliverAllAsync();
        var first = portal.Received().Where(m => m.Subject!.StartsWith("Reminder", StringComparison.Ordinal)).ToList();
        Assert.Equal(["ken@delegates.example.org"], first.Select(m => m.To.Mailboxes.Single().Address));

        portal.Clock.SetUtcNow(new DateTimeOffset(2026, 5, 18, 0, 0, 0, TimeSpan.Zero));
        await RunDeadlineTasksAsync();
        portal.Clock.SetUtcNow(new DateTimeOffset(2026, 5, 21, 0, 0, 0, TimeSpan.Zero));
        await RunDeadlineTasksAsync();
        await RunDeadlineTasksAsync();
        await DeliverAllAsync();

        var all = portal.Received();
        Assert.Equal(2, all.Count(m => m.Subject!.StartsWith("Reminder", StringComparison.Ordinal)));
        Assert.DoesNotContain(all, m => m.Subject!.StartsWith("Reminder", StringComparison.Ordinal) && m.To.Mailboxes.Single().Address == "fra@delegates.example.org");
        var deadline = Assert.Single(all, m => m.Subject!.Contains("the deadline has passed"));
        Assert.Equal("secretariat@itu.example.org", deadline.To.Mailboxes.Single().Address);
        Assert.Contains("X.1500: 100.0 % (1/1)", deadline.TextBody);
    }

    [Fact]
    public async Task A_receipt_carries_its_PDF()
    {
        var circular = await ReplyFixture.PublishedCircularAsync(portal, 1003);
        var france = portal.CreatePortalClient();
        await france.SignInAsync(await portal.CreateAccountAsync(Roles.Delegate, "FRA", twoFactor: true, email: "jeanne@delegates.example.org"));
        await ReplyFixture.SubmitAsync(france, circular.Id, ReplyFixture.Form(ReplyIntent.Review, 0, ("NoComments", null), ("NoComments", null), ("NoComments", null)));

        await DeliverAllAsync();

        var receipt = Assert.Single(portal.Received(), m => m.Subject!.StartsWith("Receipt C1003-2026-FRA-v1", StringComparison.Ordinal));
        var pdf = Assert.Single(receipt.Attachments.OfType<MimeKit.MimePart>());
        Assert.Equal("receipt-C1003-2026-FRA-v1.pdf", pdf.FileName);
        Assert.Equal("application/pdf", pdf.ContentType.MimeType);
        using var content = new MemoryStream();
        await pdf.Content!.DecodeToAsync(content);
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString(content.ToArray(), 0, 4));
    }

    [Fact]
    public async Task When_the_SMTP_server_is_down_for_194_receipts_nothing_is_lost_and_all_arrive_once_it_is_back()
    {
        await QueueAsync(194, "Reply.Receipt");
        portal.StopSmtp();

        Assert.Equal(194, await portal.DeliverAsync());
        await portal.WithDbAsync(async db =>
        {
            Assert.Equal(194, await db.OutboxMessages.CountAsync(m => m.State == OutboxState.Queued && m.Attempts == 1));
            Assert.Equal(194, await db.Set<OutboxAttempt>().CountAsync(a => !a.Succeeded));
        });
        Assert.Equal(0, await portal.DeliverAsync());

        portal.StartSmtp();
        portal.Clock.Advance(TimeSpan.FromMinutes(1));
        await DeliverAllAsync();

        var received = portal.Received();
        Assert.Equal(194, received.Count);
        Assert.Equal(194, received.Select(m => m.MessageId).Distinct().Count());
        await portal.WithDbAsync(async db => Assert.Equal(194, await db.OutboxMessages.CountAsync(m => m.State == OutboxState.Sent)));
    }

    [Fact]
    public async Task Two_dispatchers_on_one_database_send_each_message_exactly_once()
    {
        await QueueAsync(60, "Test.Concurrent");

        await Task.WhenAll(
            Task.Run(async () => { while (await portal.DeliverAsync("dispatcher-a") > 0) { } }),
            Task.Run(async () => { while (await portal.DeliverAsync("dispatcher-b") > 0) { } }));

        var received = portal.Received();
        Assert.Equal(60, received.Count);
        Assert.Equal(60, received.Select(m => m.MessageId).Distinct().Count());
        await portal.WithDbAsync(async db => Assert.Equal(60, await db.Set<OutboxAttempt>().CountAsync(a => a.Succeeded)));
    }

    [Fact]
    public async Task A_message_that_keeps_failing_ends_as_failed_with_its_attempts_and_can_be_retried_by_hand()
    {
        var id = (await QueueAsync(1, "Test.Failing")).Single();
        portal.StopSmtp();

        await portal.DeliverAsync();
        portal.Clock.Advance(TimeSpan.FromMinutes(1));
        await portal.DeliverAsync();
        portal.Clock.Advance(TimeSpan.FromMinutes(2));
        await portal.DeliverAsync();
        portal.Clock.Advance(TimeSpan.FromHours(1));
        await portal.DeliverAsync();

        await portal.WithDbAsync(async db =>
        {
            var message = await db.OutboxMessages.Include(m => m.AttemptLog).SingleAsync(m => m.Id == id);
            Assert.Equal(OutboxState.Failed, message.State);
            Assert.Equal(3, message.AttemptLog.Count);
            Assert.All(message.AttemptLog, a => Assert.False(a.Succeeded));
            Assert.NotNull(message.LastError);
        });

        var tsb = portal.CreatePortalClient();
        await tsb.SignInAsync(await portal.CreateAccountAsync(Roles.TsbStaff));
        var page = await tsb.GetPageAsync($"/mail/{id}");
        Assert.Contains("failed after 3 attempts", page.QuerySelector("main")!.TextContent);
        Assert.Equal(3, page.QuerySelectorAll("#attempts li").Length);

        portal.StartSmtp();
        await tsb.PostAsync($"/mail/{id}/retry", new Dictionary<string, string>(), $"/mail/{id}");
        await portal.DeliverAsync();
        Assert.Single(portal.Received());
    }

    private Task<List<long>> QueueAsync(int count, string cause) =>
        portal.WithScopeAsync(async services =>
        {
            var outbox = services.GetRequiredService<EmailOutbox>();
            var messages = Enumerable.Range(1, count)
                .Select(i => outbox.Enqueue($"delegate{i}@example.org", $"Delegate {i}", "en", $"Message {i}", "Body", cause))
                .ToList();
            await services.GetRequiredService<AppDbContext>().SaveChangesAsync();
            return messages.Select(m => m.Id).ToList();
        });
}
