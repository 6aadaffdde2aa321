using Consultations.Infrastructure.Coordination;
using Consultations.Web.Features.Replies;
using Consultations.Web.Features.Tally;

namespace Consultations.Web.Background;

/// <summary>One minute's work of a watcher: nothing unless it holds the lease.</summary>
public sealed class WatcherPass(string holder)
{
    public const string LeaseName = "deadline-watcher";

    /// <summary>Longer than a minute's pause, so that the holder keeps it from pass to pass; another replica takes over once it lapses.</summary>
    public static readonly TimeSpan LeaseDuration = TimeSpan.FromMinutes(3);

    private static readonly TimeSpan SweepInterval = TimeSpan.FromHours(1);

    private DateTimeOffset lastSweep = DateTimeOffset.MinValue;

    /// <summary>Whether this replica held the lease and did the work.</summary>
    public async Task<bool> RunAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        if (!await services.GetRequiredService<Leases>().TryHoldAsync(LeaseName, holder, LeaseDuration, cancellationToken))
        {
            return false;
        }

        await services.GetRequiredService<DeadlineTasks>().RunAsync(cancellationToken);
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        if (now - lastSweep >= SweepInterval)
        {
            lastSweep = now;
            await services.GetRequiredService<AttachmentSweep>().RunAsync(cancellationToken);
        }

        return true;
    }
}
