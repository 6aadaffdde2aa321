using Consultations.Infrastructure.Auditing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Consultations.Infrastructure.Persistence;

/// <summary>Picks the provider and its migrations assembly from the <c>Database:Provider</c> setting.</summary>
public static class DatabaseSetup
{
    public const string SqliteMigrationsAssembly = "Consultations.Migrations.Sqlite";
    public const string SqlServerMigrationsAssembly = "Consultations.Migrations.SqlServer";

    /// <summary>
    /// Split queries: a reply with its versions, opinions and files, or a circular with its texts and their histories,
    /// loads as one query per collection filtered by its owner, never as one join that reads every row of the table first.
    /// </summary>
    public static void Configure(DbContextOptionsBuilder options, DatabaseProvider provider, string connectionString)
    {
        switch (provider)
        {
            case DatabaseProvider.SqlServer:
                options.UseSqlServer(connectionString, sql => sql
                    .MigrationsAssembly(SqlServerMigrationsAssembly)
                    .EnableRetryOnFailure()
                    .UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery));
                break;
            default:
                options.UseSqlite(connectionString, sqlite => sqlite
                    .MigrationsAssembly(SqliteMigrationsAssembly)
                    .UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery)
                    .ExecutionStrategy(dependencies => new SqliteRetryingExecutionStrategy(dependencies)));
                break;
        }

        options.AddInterceptors(new AppendOnlyAuditInterceptor());
    }

    /// <summary>A SQLite file under <paramref name="dataDirectory"/>; waits up to 30 s for a lock instead of failing.</summary>
    public static string SqliteConnectionString(string dataDirectory)
    {
        Directory.CreateDirectory(dataDirectory);
        return new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(dataDirectory, "consultations.db"),
            DefaultTimeout = 30,
            Pooling = true,
        }.ToString();
    }
}
