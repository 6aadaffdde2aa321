using Consultations.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Consultations.Web.Tests.Foundation;

public class Migrations_are_complete
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.SqlServer)]
    public void The_model_has_no_change_that_no_migration_captures(DatabaseProvider provider)
    {
        var options = new DbContextOptionsBuilder<AppDbContext>();
        DatabaseSetup.Configure(options, provider, provider == DatabaseProvider.Sqlite
            ? "Data Source=:memory:"
            : "Server=unused;Database=unused;Trusted_Connection=True;TrustServerCertificate=True");
        using var db = new AppDbContext(options.Options);

        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.False(db.Database.HasPendingModelChanges(), $"The {provider} model has changes without a migration: add one (docs/migrations.md).");
    }

    [Fact]
    public async Task All_SQLite_migrations_apply_to_an_empty_file()
    {
        var file = Path.Combine(Path.GetTempPath(), $"consultations-migrate-{Guid.NewGuid():N}.db");
        try
        {
            var options = new DbContextOptionsBuilder<AppDbContext>();
            DatabaseSetup.Configure(options, DatabaseProvider.Sqlite, $"Data Source={file}");
            await using (var db = new AppDbContext(options.Options))
            {
                await db.Database.MigrateAsync();

                Assert.Empty(await db.Database.GetPendingMigrationsAsync());
                Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
                Assert.Equal(0, await db.MemberStates.CountAsync());
                Assert.Equal(0, await db.Circulars.CountAsync());
            }
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(file);
        }
    }
}
