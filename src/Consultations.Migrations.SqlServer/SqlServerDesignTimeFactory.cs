using Consultations.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Consultations.Migrations.SqlServer;

/// <summary>Used by <c>dotnet ef</c> only: the SQL Server model, whose migrations live in this assembly. No server is contacted.</summary>
public sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<AppDbContext>
{
    public AppDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<AppDbContext>();
        DatabaseSetup.Configure(options, DatabaseProvider.SqlServer, "Server=localhost;Database=Consultations;Trusted_Connection=True;TrustServerCertificate=True");
        return new AppDbContext(options.Options);
    }
}
