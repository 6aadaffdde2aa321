using Consultations.Infrastructure.Identity;
using Consultations.Infrastructure.Membership;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Consultations.Infrastructure.Persistence;

/// <summary>Brings a database to the current schema and adds the reference data every installation needs.</summary>
public sealed class DatabaseInitializer(AppDbContext db, RoleManager<IdentityRole> roles, ILogger<DatabaseInitializer> logger)
{
    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        await db.Database.MigrateAsync(cancellationToken);
        if (db.Database.IsSqlite())
        {
            // WAL lets readers and one writer work at once; the setting is stored in the file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }

        await SeedRolesAsync();
        await SeedRosterAsync(cancellationToken);
    }

    private async Task SeedRolesAsync()
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }
    }

    /// <summary>Adds missing states only, so corrections made by an administrator are kept.</summary>
    private async Task SeedRosterAsync(CancellationToken cancellationToken)
    {
        var existing = await db.MemberStates.Select(m => m.Code).ToListAsync(cancellationToken);
        var missing = MemberStateRoster.Load().Where(m => !existing.Contains(m.Code)).ToList();
        if (missing.Count == 0)
        {
            return;
        }

        db.MemberStates.AddRange(missing);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Added {Count} Member States and observers to the roster.", missing.Count);
    }
}
