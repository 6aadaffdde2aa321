namespace Consultations.Web.Features.Tally;

/// <summary>Runs the <see cref="DeadlineTasks"/> every minute: reminders, and the final snapshot and notice soon after each deadline.</summary>
public sealed class DeadlineWatcher(IServiceScopeFactory scopes, TimeProvider clock, ILogger<DeadlineWatcher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                using var scope = scopes.CreateScope();
                await scope.ServiceProvider.GetRequiredService<DeadlineTasks>().RunAsync(stoppingToken);
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
