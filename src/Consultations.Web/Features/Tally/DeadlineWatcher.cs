namespace Consultations.Web.Features.Tally;

/// <summary>
/// Runs the <see cref="DeadlineTasks"/> every minute (reminders, and the final snapshot and notice soon after each
/// deadline) and, every hour, the <see cref="AttachmentSweep"/> of reply files nothing refers to.
/// </summary>
public sealed class DeadlineWatcher(IServiceScopeFactory scopes, TimeProvider clock, ILogger<DeadlineWatcher> logger) : BackgroundService
{
    private static readonly TimeSpan SweepInterval = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var lastSweep = DateTimeOffset.MinValue;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                using var scope = scopes.CreateScope();
                await scope.ServiceProvider.GetRequiredService<DeadlineTasks>().RunAsync(stoppingToken);
                if (clock.GetUtcNow() - lastSweep >= SweepInterval)
                {
                    lastSweep = clock.GetUtcNow();
                    await scope.ServiceProvider.GetRequiredService<Replies.AttachmentSweep>().RunAsync(stoppingToken);
                }
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
