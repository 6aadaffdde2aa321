namespace Consultations.Web.Features.Tally;

/// <summary>Takes the final snapshot of each circular soon after its deadline, even if nobody opens the tally.</summary>
public sealed class FinalTallyWatcher(IServiceScopeFactory scopes, TimeProvider clock, ILogger<FinalTallyWatcher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                using var scope = scopes.CreateScope();
                var taken = await scope.ServiceProvider.GetRequiredService<TallyReading>().SnapshotDueAsync(stoppingToken);
                if (taken > 0)
                {
                    logger.LogInformation("Took the final tally snapshot of {Count} circulars.", taken);
                }
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                logger.LogError(error, "The final tally check failed; it will run again.");
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
