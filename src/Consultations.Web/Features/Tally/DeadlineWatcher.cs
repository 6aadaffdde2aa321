using Consultations.Infrastructure.Coordination;

namespace Consultations.Web.Features.Tally;

/// <summary>
/// Every minute, the replica that holds the watcher's lease runs the <see cref="DeadlineTasks"/> (reminders, and the
/// final snapshot and notice soon after each deadline) and, every hour, the <see cref="Replies.AttachmentSweep"/>.
/// Any number of replicas run a watcher; the lease in the database lets one of them work at a time.
/// </summary>
public sealed class DeadlineWatcher(IServiceScopeFactory scopes, TimeProvider clock, ILogger<DeadlineWatcher> logger) : BackgroundService
{
    private readonly string holder = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var pass = new WatcherPass(holder);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                using var scope = scopes.CreateScope();
                await pass.RunAsync(scope.ServiceProvider, stoppingToken);
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                logger.LogError(error, "The deadline tasks failed; they will run again.");
            }

            try
            {
                await Task.Delay(TimeSpan.FromMinutes(1), clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}

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
            await services.GetRequiredService<Replies.AttachmentSweep>().RunAsync(cancellationToken);
        }

        return true;
    }
}
