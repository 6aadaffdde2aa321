using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;

namespace Consultations.Infrastructure.Persistence;

/// <summary>
/// Runs one operation in one database transaction, retried as a whole by the provider's execution strategy
/// (SQL Server's transient errors, SQLite's busy or locked database). Each attempt starts from an empty change
/// tracker, so the work must load what it changes inside the closure: an aggregate loaded before would be stale on a
/// retry, and changes made to it are not saved.
/// On SQLite, which has one writer at a time, the operations of this process wait their turn on an asynchronous lock
/// instead of each holding a pool thread in SQLite's busy loop.
/// </summary>
public sealed class UnitOfWork(AppDbContext db)
{
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> SqliteWriters = new(StringComparer.Ordinal);

    public Task InTransactionAsync(Func<Task> work, CancellationToken cancellationToken = default) =>
        InTransactionAsync(async () =>
        {
            await work();
            return true;
        }, cancellationToken);

    public async Task<T> InTransactionAsync<T>(Func<Task<T>> work, CancellationToken cancellationToken = default)
    {
        var writer = db.Database.IsSqlite() ? SqliteWriters.GetOrAdd(db.Database.GetConnectionString() ?? string.Empty, _ => new SemaphoreSlim(1, 1)) : null;
        if (writer is not null)
        {
            await writer.WaitAsync(cancellationToken);
        }

        try
        {
            var strategy = db.Database.CreateExecutionStrategy();
            return await strategy.ExecuteAsync(async () =>
            {
                db.ChangeTracker.Clear();
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                var result = await work();
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return result;
            });
        }
        finally
        {
            writer?.Release();
        }
    }

    /// <summary>
    /// As <see cref="InTransactionAsync{T}(Func{Task{T}}, CancellationToken)"/> for a change to an entity loaded
    /// earlier (to show a form, say): each attempt loads it afresh by its key and hands that copy to the work.
    /// </summary>
    public Task<T> InTransactionAsync<TEntity, T>(TEntity loaded, Func<TEntity, Task<T>> work, CancellationToken cancellationToken = default)
        where TEntity : class
    {
        var entry = db.Entry(loaded);
        var key = entry.Metadata.FindPrimaryKey()!.Properties.Select(p => entry.Property(p.Name).CurrentValue).ToArray();
        return InTransactionAsync(async () =>
        {
            var current = await db.FindAsync<TEntity>(key, cancellationToken)
                ?? throw new InvalidOperationException($"The {typeof(TEntity).Name} no longer exists.");
            return await work(current);
        }, cancellationToken);
    }

    public Task InTransactionAsync<TEntity>(TEntity loaded, Func<TEntity, Task> work, CancellationToken cancellationToken = default)
        where TEntity : class =>
        InTransactionAsync(loaded, async current =>
        {
            await work(current);
            return true;
        }, cancellationToken);
}
