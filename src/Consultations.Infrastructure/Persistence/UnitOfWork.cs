using Microsoft.EntityFrameworkCore;

namespace Consultations.Infrastructure.Persistence;

/// <summary>Runs a piece of work in one database transaction, retried as a whole where the provider retries.</summary>
public sealed class UnitOfWork(AppDbContext db)
{
    public Task InTransactionAsync(Func<Task> work, CancellationToken cancellationToken = default) =>
        InTransactionAsync(async () =>
        {
            await work();
            return true;
        }, cancellationToken);

    public Task<T> InTransactionAsync<T>(Func<Task<T>> work, CancellationToken cancellationToken = default)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        return strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var result = await work();
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return result;
        });
    }
}
