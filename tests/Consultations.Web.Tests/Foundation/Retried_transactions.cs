using Consultations.Web.Features.Replies;
using System.Data.Common;
using Consultations.Domain.Circulars;
using Consultations.Domain.Replies;
using Consultations.Infrastructure.Identity;
using Consultations.Infrastructure.Persistence;
using Consultations.Testing;
using Consultations.Web.Tests.Replies;
using Consultations.Web.Tests.Tally;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Consultations.Web.Tests.Foundation;

/// <summary>
/// The first commit of an operation fails with a transient error (SQLite's "database is locked"); the execution
/// strategy runs the whole operation again, which must end with exactly one effect.
/// Each operation has its own portal, since each needs its own day of the consultation.
/// </summary>
public static class Retried_transactions
{
    public sealed class FlakyCommitPortal : PortalFactory
    {
        public FailingCommits Commits { get; } = new();

        protected override void ConfigureTestServices(IServiceCollection services) =>
            services.ConfigureDbContext<AppDbContext>(options => options.AddInterceptors(Commits));
    }

    /// <summary>Throws SQLite's transient "database is locked" on the next commit, once.</summary>
    public sealed class FailingCommits : DbTransactionInterceptor
    {
        private int pending;

        public int Pending => Volatile.Read(ref pending);

        public void FailNext() => Interlocked.Exchange(ref pending, 1);

        public override ValueTask<InterceptionResult> TransactionCommittingAsync(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default) =>
            Interlocked.CompareExchange(ref pending, 0, 1) == 1
                ? throw new SqliteException("database is locked", 5)
                : base.TransactionCommittingAsync(transaction, eventData, result, cancellationToken);
    }
}

public class Publishing_retried(Retried_transactions.FlakyCommitPortal portal) : IClassFixture<Retried_transactions.FlakyCommitPortal>
{
    [Fact]
    public async Task Publishing_retried_publishes_once_and_queues_each_notice_once()
    {
        var circular = await CircularSeeds.AddAsync(portal, CircularSeeds.Draft(801, new DateOnly(2026, 3, 2), new DateOnly(2026, 7, 1)));
        await portal.CreateAccountAsync(Roles.Delegate, "FRA");
        var tsb = await portal.SignedInAsync(Roles.TsbStaff);

        portal.Commits.FailNext();
        var published = await tsb.PostAsync($"/circulars/{circular.Id}/publish", new Dictionary<string, string>(), $"/circulars/{circular.Id}/publish");

        PortalAssert.RedirectsTo(published, $"/circulars/{circular.Id}");
        Assert.Equal(0, portal.Commits.Pending);
        await portal.WithDbAsync(async db =>
        {
            Assert.True((await db.Circulars.SingleAsync(c => c.Id == circular.Id)).IsPublished);
            Assert.Equal(1, await db.AuditRecords.CountAsync(a => a.Action == "Circular.Published" && a.EntityId == circular.Id.ToString()));
            var notices = await db.OutboxMessages.Where(m => m.Cause == "Circular.Published").ToListAsync();
            Assert.Equal(notices.Count, notices.Select(m => m.ToAddress).Distinct().Count());
        });
    }
}

public class Submitting_retried(Retried_transactions.FlakyCommitPortal portal) : IClassFixture<Retried_transactions.FlakyCommitPortal>
{
    [Fact]
    public async Task A_submit_retried_stores_one_version_and_one_receipt_per_delegate()
    {
        var circular = await ReplyFixture.PublishedCircularAsync(portal, 802);
        var france = await portal.SignedInAsync(Roles.Delegate, "FRA");
        var review = await france.PostMultipartAsync($"/replies/{circular.Id}", ReplyFixture.Form(ReplyIntent.Review, 0, ("NoComments", null), ("NoComments", null), ("NoComments", null)), [], $"/replies/{circular.Id}");
        PortalAssert.RedirectsTo(review, $"/replies/{circular.Id}/confirm");
        var stamp = (await france.GetPageAsync($"/replies/{circular.Id}/confirm")).QuerySelector("input[name=draftStamp]")!.GetAttribute("value")!;

        portal.Commits.FailNext();
        var submitted = await france.PostAsync($"/replies/{circular.Id}/submit", new Dictionary<string, string> { ["draftStamp"] = stamp }, $"/replies/{circular.Id}/confirm");

        PortalAssert.RedirectsTo(submitted, $"/replies/{circular.Id}/versions/1");
        Assert.Equal(0, portal.Commits.Pending);
        await portal.WithDbAsync(async db =>
        {
            var reply = await db.Replies.SingleAsync(r => r.CircularId == circular.Id && r.MemberStateCode == "FRA");
            Assert.Single(reply.Versions);
            Assert.Equal(1, reply.Revision);
            Assert.Single(await db.OutboxMessages.Where(m => m.CauseId == $"C802-2026-FRA-v1").ToListAsync());
            Assert.Equal(1, await db.AuditRecords.CountAsync(a => a.Action == "Reply.Submitted" && a.Details!.StartsWith("C802-2026-FRA-v1")));
        });
    }
}

public class Recording_a_reply_retried(Retried_transactions.FlakyCommitPortal portal) : IClassFixture<Retried_transactions.FlakyCommitPortal>
{
    [Fact]
    public async Task Recording_a_reply_retried_stores_one_version()
    {
        portal.Clock.SetUtcNow(new DateTimeOffset(2026, 5, 25, 9, 0, 0, TimeSpan.Zero));
        var circular = await ReplyFixture.PublishedCircularAsync(portal, 803);
        var tsb = await portal.SignedInAsync(Roles.TsbStaff);

        portal.Commits.FailNext();
        var recorded = await tsb.PostMultipartAsync($"/circulars/{circular.Id}/record-reply", new List<KeyValuePair<string, string>>
        {
            new("Form.MemberStateCode", "KEN"), new("Form.Channel", "Fax"), new("Form.ReceivedOn", "2026-05-19"), new("Form.ReceivedAt", "16:00"),
            new("Form.SignatoryName", "Kenyan official"), new("Form.Rows[0].TextId", "1"), new("Form.Rows[0].Choice", "NoComments"),
        }, [], $"/circulars/{circular.Id}/record-reply");

        PortalAssert.RedirectsTo(recorded, $"/circulars/{circular.Id}");
        Assert.Equal(0, portal.Commits.Pending);
        await portal.WithDbAsync(async db =>
        {
            var reply = await db.Replies.SingleAsync(r => r.CircularId == circular.Id && r.MemberStateCode == "KEN");
            Assert.Single(reply.Versions);
            Assert.Equal(1, await db.AuditRecords.CountAsync(a => a.Action == "Reply.RecordedByTsb" && a.Details!.StartsWith("C803-2026-KEN-v1")));
        });
    }
}

public class Recording_an_outcome_retried(Retried_transactions.FlakyCommitPortal portal) : IClassFixture<Retried_transactions.FlakyCommitPortal>
{
    [Fact]
    public async Task An_outcome_retried_is_recorded_once_with_one_final_tally()
    {
        portal.Clock.SetUtcNow(new DateTimeOffset(2026, 6, 2, 9, 0, 0, TimeSpan.Zero));
        var circular = await TallySeeds.CircularAsync(portal, 804);
        await TallySeeds.ReplyAsync(portal, circular.Id, "FRA", new DateTime(2026, 4, 1, 10, 0, 0, DateTimeKind.Utc), (1, Opinion.AssignsAuthorityNoComments, null));
        var secretariat = await portal.SignedInAsync(Roles.Secretariat);

        portal.Commits.FailNext();
        var approved = await secretariat.PostAsync($"/circulars/{circular.Id}/outcomes/1", new Dictionary<string, string> { ["Kind"] = "Approved" }, $"/circulars/{circular.Id}/outcomes");

        PortalAssert.RedirectsTo(approved, $"/circulars/{circular.Id}/outcomes");
        Assert.Equal(0, portal.Commits.Pending);
        await portal.WithDbAsync(async db =>
        {
            Assert.Equal(OutcomeKind.Approved, (await db.Circulars.SingleAsync(c => c.Id == circular.Id)).Texts.Single(t => t.Id == 1).Decision!.Kind);
            Assert.Equal(1, await db.TallySnapshots.CountAsync(s => s.CircularId == circular.Id));
            Assert.Equal(1, await db.AuditRecords.CountAsync(a => a.Action == "Circular.DecisionRecorded" && a.EntityId == circular.Id.ToString()));
        });
    }
}
