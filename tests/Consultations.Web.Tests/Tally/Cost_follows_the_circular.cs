using System.Collections.Concurrent;
using System.Data.Common;
using Consultations.Domain.Replies;
using Consultations.Infrastructure.Identity;
using Consultations.Infrastructure.Persistence;
using Consultations.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Consultations.Web.Tests.Tally;

/// <summary>
/// The pages of one circular send the same SQL whatever the history, and every query that reads replies, versions or
/// opinions filters by the circular first: SQLite's plan for it searches by index, never scans those tables.
/// </summary>
public class Cost_follows_the_circular(Cost_follows_the_circular.RecordingPortal portal) : IClassFixture<Cost_follows_the_circular.RecordingPortal>
{
    private static readonly DateTime OnTime = new(2026, 4, 1, 10, 0, 0, DateTimeKind.Utc);
    private static readonly string[] ReplyTables = ["\"Replies\"", "\"ReplyVersions\"", "\"ReplyOpinions\"", "\"ReplyAttachments\""];

    [Fact]
    public async Task Tally_drill_down_exports_and_receipt_send_the_same_queries_with_history_and_none_scans_the_reply_tables()
    {
        var circular = await TallySeeds.CircularAsync(portal, 1501, texts: 5);
        foreach (var state in new[] { "FRA", "DEU", "KEN" })
        {
            await TallySeeds.ReplyAsync(portal, circular.Id, state, OnTime, (1, Opinion.AssignsAuthorityNoComments, null), (2, Opinion.DoesNotAssignAuthority, null));
        }

        var secretariat = portal.CreatePortalClient();
        await secretariat.SignInAsync(await portal.CreateAccountAsync(Roles.Secretariat));
        var france = portal.CreatePortalClient();
        await france.SignInAsync(await portal.CreateAccountAsync(Roles.Delegate, "FRA", twoFactor: true));
        string[] pages = [$"/circulars/{circular.Id}/tally", $"/circulars/{circular.Id}/tally/texts/1", $"/circulars/{circular.Id}/tally/export/replies.csv"];

        var before = await QueriesAsync(secretariat, france, pages, circular.Id);
        for (var i = 0; i < 12; i++)
        {
            var history = await TallySeeds.CircularAsync(portal, 1600 + i, texts: 5);
            foreach (var state in new[] { "FRA", "DEU", "KEN", "BRA", "CHN", "IND" })
            {
                await TallySeeds.ReplyAsync(portal, history.Id, state, OnTime, (1, Opinion.AssignsAuthorityNoComments, null), (3, Opinion.AssignsAuthorityWithComments, "Comment"));
            }
        }

        var after = await QueriesAsync(secretariat, france, pages, circular.Id);

        Assert.Equal(before.Select(c => c.Text), after.Select(c => c.Text));
        var readingReplies = after.Where(c => ReplyTables.Any(t => c.Text.Contains(t, StringComparison.Ordinal))).ToList();
        Assert.NotEmpty(readingReplies);
        foreach (var command in readingReplies)
        {
            var plan = await PlanAsync(command);
            Assert.True(TableScans(plan, command.Text).Count == 0, $"Full scans {string.Join(", ", TableScans(plan, command.Text))} in:\n{command.Text}\n{string.Join("\n", plan)}");
        }
    }

    /// <summary>
    /// "SCAN x" of a table, not of a subquery SQLite built itself ("MATERIALIZE x", "CO-ROUTINE x") and not through an
    /// index. The roster of Member States (one row per state, whatever the history) may be scanned for its stamp.
    /// </summary>
    private static List<string> TableScans(List<string> plan, string commandText)
    {
        var roster = System.Text.RegularExpressions.Regex.Matches(commandText, "FROM \"MemberStates\" AS \"(\\w+)\"")
            .Select(m => m.Groups[1].Value)
            .Append("MemberStates")
            .ToHashSet(StringComparer.Ordinal);
        var subqueries = plan.Where(l => l.StartsWith("MATERIALIZE ", StringComparison.Ordinal) || l.StartsWith("CO-ROUTINE ", StringComparison.Ordinal))
            .Select(l => l.Split(' ')[1])
            .ToHashSet(StringComparer.Ordinal);
        return plan.Where(l => l.StartsWith("SCAN ", StringComparison.Ordinal) && !l.Contains("USING", StringComparison.Ordinal) && !subqueries.Contains(l.Split(' ')[1]))
            .Where(l => !roster.Contains(l.Split(' ')[1]))
            .ToList();
    }

    private async Task<List<RecordedCommand>> QueriesAsync(PortalClient secretariat, PortalClient france, string[] pages, int circularId)
    {
        foreach (var page in pages)
        {
            await secretariat.GetAsync(page);
        }

        await france.GetAsync($"/replies/{circularId}/versions/1/receipt.pdf");
        portal.Commands.Reset();
        foreach (var page in pages)
        {
            Assert.True((await secretariat.GetAsync(page)).IsSuccessStatusCode, page);
        }

        Assert.True((await france.GetAsync($"/replies/{circularId}/versions/1/receipt.pdf")).IsSuccessStatusCode);
        return portal.Commands.Taken();
    }

    private async Task<List<string>> PlanAsync(RecordedCommand command)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Path.Combine(portal.DataDirectory, "consultations.db"), Mode = SqliteOpenMode.ReadOnly }.ToString());
        await connection.OpenAsync();
        await using var explain = connection.CreateCommand();
        explain.CommandText = "EXPLAIN QUERY PLAN " + command.Text;
        foreach (var (name, value) in command.Parameters)
        {
            explain.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        var lines = new List<string>();
        await using var reader = await explain.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            lines.Add(reader.GetString(3));
        }

        return lines;
    }

    public sealed record RecordedCommand(string Text, IReadOnlyList<(string Name, object? Value)> Parameters);

    public sealed class RecordingPortal : PortalFactory
    {
        public RecordingPortal() => Clock.SetUtcNow(new DateTimeOffset(2026, 6, 2, 9, 0, 0, TimeSpan.Zero));

        public CommandRecorder Commands { get; } = new();

        protected override void ConfigureTestServices(IServiceCollection services) =>
            services.ConfigureDbContext<AppDbContext>(options => options.AddInterceptors(Commands));
    }

    /// <summary>Keeps the text and parameters of each reading command the portal sends.</summary>
    public sealed class CommandRecorder : DbCommandInterceptor
    {
        private ConcurrentQueue<RecordedCommand> commands = new();

        public void Reset() => commands = new ConcurrentQueue<RecordedCommand>();

        public List<RecordedCommand> Taken() => [.. commands];

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            commands.Enqueue(new RecordedCommand(command.CommandText, command.Parameters.Cast<DbParameter>().Select(p => (p.ParameterName, (object?)p.Value)).ToList()));
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }
    }
}
