using System.Text.RegularExpressions;
using Consultations.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace Consultations.Web.Tests.Foundation;

/// <summary>
/// There is no SQL Server here, so the SQL Server migrations are checked as text: the idempotent script that an
/// operator applies (docs/migrations.md) is generated from them, with every migration, and parsed by SQL Server's own
/// T-SQL parser, so that a syntax error (or SQLite's dialect in a hand-written step) cannot land.
/// </summary>
public class The_SQL_Server_script_parses
{
    [Fact]
    public void The_idempotent_script_of_every_SQL_Server_migration_parses_without_an_error()
    {
        var options = new DbContextOptionsBuilder<AppDbContext>();
        DatabaseSetup.Configure(options, DatabaseProvider.SqlServer, "Server=nowhere;Database=Consultations;Trusted_Connection=False");
        using var db = new AppDbContext(options.Options);
        var migrator = db.GetService<IMigrator>();

        var script = migrator.GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        Assert.Equal(db.Database.GetMigrations().Count(), Regex.Matches(script, @"INSERT INTO \[__EFMigrationsHistory\]").Count);
        var parser = new TSql160Parser(initialQuotedIdentifiers: true);
        using var reader = new StringReader(script);
        parser.Parse(reader, out var errors);
        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"line {e.Line}: {e.Message}")));
    }

    [Fact]
    public void The_parser_does_find_an_error_in_SQLite_dialect()
    {
        var parser = new TSql160Parser(initialQuotedIdentifiers: true);
        using var reader = new StringReader("UPDATE [Circulars] SET [Year] = CAST(substr(\"Date\", 1, 4) AS INTEGER) LIMIT 1;");
        parser.Parse(reader, out var errors);
        Assert.NotEmpty(errors);
    }
}
