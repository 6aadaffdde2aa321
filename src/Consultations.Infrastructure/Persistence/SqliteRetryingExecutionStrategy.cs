using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Consultations.Infrastructure.Persistence;

/// <summary>
/// Retries an operation that met SQLite's busy or locked database (another writer held the lock past the busy
/// timeout), waiting asynchronously between attempts, as SQL Server's strategy does for its transient errors.
/// </summary>
public sealed class SqliteRetryingExecutionStrategy(ExecutionStrategyDependencies dependencies)
    : ExecutionStrategy(dependencies, MaxRetries, TimeSpan.FromSeconds(2))
{
    private const int MaxRetries = 6;
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;

    protected override bool ShouldRetryOn(Exception exception) =>
        exception is SqliteException { SqliteErrorCode: SqliteBusy or SqliteLocked }
        || exception.InnerException is SqliteException { SqliteErrorCode: SqliteBusy or SqliteLocked };
}
