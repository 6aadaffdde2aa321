namespace Consultations.Web.Background;

/// <summary>
/// Every minute, the replica that holds the watcher's lease runs the <see cref="Features.Tally.DeadlineTasks"/> (reminders, and the
/// final snapshot and notice soon after each deadline) and, every hour, the <see cref="Features.Replies.AttachmentSweep"/>.
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
