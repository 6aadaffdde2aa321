using Consultations.Infrastructure.Email;
using Consultations.Infrastructure.Identity;
using Consultations.Testing;
using Consultations.Web.Background;
using Consultations.Web.Features.Tally;
using Consultations.Web.Tests.Tally;
using Microsoft.EntityFrameworkCore;

namespace Consultations.Web.Tests.Foundation;

/// <summary>
/// Every replica runs a deadline watcher; the lease in the database lets one of them work at a time. Two watchers of two
/// portals over one database, run at the same moments, send each reminder once and record each final tally once.
/// </summary>
public sealed class Two_watchers_one_database : IDisposable
{
    private readonly PortalFactory first = new();
    private readonly ReplicaPortal second;

    public Two_watchers_one_database()
    {
        _ = first.Services;
        second = new ReplicaPortal(first);
    }

    public void Dispose()
    {
        second.Dispose();
        first.Dispose();
    }

    [Fact]
    public async Task One_watcher_at_a_time_does_the_work_and_every_reminder_and_final_tally_exists_once()
    {
        await first.CreateAccountAsync(Roles.Delegate, "KEN", email: "ken@delegates.example.org");
        await first.CreateAccountAsync(Roles.Delegate, "PER", email: "per@delegates.example.org");
        await first.CreateAccountAsync(Roles.Secretariat, email: "secretariat@itu.example.org");
        var circular = await TallySeeds.CircularAsync(first, 1901);
        _ = second.Services;
        var watcherOfFirst = new WatcherPass("replica-a");
        var watcherOfSecond = new WatcherPass("replica-b");

        var worked = new List<(bool First, bool Second)>();
        foreach (var moment in new[] { new DateTimeOffset(2026, 5, 7, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 5, 18, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 5, 21, 0, 5, 0, TimeSpan.Zero) })
        {
            first.Clock.SetUtcNow(moment);
            second.Clock.SetUtcNow(moment);
            for (var minute = 0; minute < 2; minute++)
            {
                var both = await Task.WhenAll(
                    first.WithScopeAsync(services => watcherOfFirst.RunAsync(services)),
                    second.WithScopeAsync(services => watcherOfSecond.RunAsync(services)));
                worked.Add((both[0], both[1]));
                first.Clock.Advance(TimeSpan.FromMinutes(1));
                second.Clock.Advance(TimeSpan.FromMinutes(1));
            }
        }

        Assert.All(worked, pass => Assert.True(pass.First ^ pass.Second, "exactly one watcher works in each pass"));
        await first.WithDbAsync(async db =>
        {
            var reminders = await db.OutboxMessages.Where(m => m.Cause == MailCauses.Reminder && m.CauseId == circular.Id.ToString()).Select(m => m.ToAddress).ToListAsync();
            Assert.Equal(4, reminders.Count);
            Assert.Equal(2, reminders.Count(a => a == "ken@delegates.example.org"));
            Assert.Equal(1, await db.TallySnapshots.CountAsync(s => s.CircularId == circular.Id));
            Assert.Equal(1, await db.OutboxMessages.CountAsync(m => m.Cause == MailCauses.DeadlinePassed));
        });
    }

    [Fact]
    public async Task When_the_holder_stops_another_replica_takes_over_once_the_lease_lapses()
    {
        _ = second.Services;
        var watcherOfFirst = new WatcherPass("replica-a");
        var watcherOfSecond = new WatcherPass("replica-b");

        Assert.True(await first.WithScopeAsync(services => watcherOfFirst.RunAsync(services)));
        Assert.False(await second.WithScopeAsync(services => watcherOfSecond.RunAsync(services)));

        second.Clock.Advance(WatcherPass.LeaseDuration + TimeSpan.FromSeconds(1));

        Assert.True(await second.WithScopeAsync(services => watcherOfSecond.RunAsync(services)));
    }
}
