using Consultations.Web.Features.Replies;
using System.Diagnostics;
using System.Net;
using Consultations.Infrastructure.Identity;
using Consultations.Infrastructure.Persistence;
using Consultations.Infrastructure.Telemetry;
using Consultations.Testing;
using Consultations.Web.Tests.Replies;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Consultations.Web.Tests.Foundation;

/// <summary>
/// With OpenTelemetry on, requests and queries are traced, the portal's meter counts submitted replies, and each log
/// line carries the trace id of its request; liveness and readiness are separate, readiness checking the migrations.
/// An in-process exporter stands for the OTLP collector. Activity and meter listeners are process-wide, so the class
/// runs alone, never beside other portals whose requests it would also see.
/// </summary>
[Collection(TelemetryCollection.Name)]
public class Operators_see_traces_metrics_and_health(Operators_see_traces_metrics_and_health.ObservedPortal portal) : IClassFixture<Operators_see_traces_metrics_and_health.ObservedPortal>
{
    [Fact]
    public async Task A_submitted_reply_appears_in_traces_metrics_and_the_log_with_one_trace_id()
    {
        var circular = await ReplyFixture.PublishedCircularAsync(portal, 1903);
        var delegateClient = await portal.SignedInAsync(Roles.Delegate, "FRA");

        PortalAssert.RedirectsTo(
            await ReplyFixture.SubmitAsync(delegateClient, circular.Id, ReplyFixture.Form(ReplyIntent.Review, 0, ("NoComments", null), ("NoComments", null), ("NoComments", null))),
            $"/replies/{circular.Id}/versions/1");
        portal.Services.GetRequiredService<MeterProvider>().ForceFlush();
        portal.Services.GetRequiredService<TracerProvider>().ForceFlush();

        var submit = Assert.Single(portal.Activities, a => a.Kind == ActivityKind.Server && a.DisplayName.Contains("submit", StringComparison.Ordinal));
        Assert.Contains(portal.Activities, a => a.TraceId == submit.TraceId && a.Kind == ActivityKind.Client && a.Source.Name.Contains("EntityFrameworkCore", StringComparison.Ordinal));
        var submitted = portal.Metrics.Where(m => m.Name == "consultations.replies.submitted").ToList();
        Assert.NotEmpty(submitted);
        long total = 0;
        foreach (var point in submitted[^1].GetMetricPoints())
        {
            total += point.GetSumLong();
        }

        Assert.Equal(1, total);
        // The request's log line is written as the response completes, which the client may see first: wait for it.
        var logs = string.Empty;
        for (var attempt = 0; attempt < 50 && !logs.Contains(submit.TraceId.ToHexString(), StringComparison.Ordinal); attempt++)
        {
            await Task.Delay(100);
            logs = ReadLogs();
        }

        Assert.Contains(submit.TraceId.ToHexString(), logs);
    }

    [Fact]
    public async Task Readiness_fails_while_a_migration_is_missing_and_liveness_does_not()
    {
        var client = portal.CreatePortalClient();
        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync("/health/ready")).StatusCode);

        string removed = string.Empty;
        await portal.WithDbAsync(async db =>
        {
            removed = (await db.Database.GetAppliedMigrationsAsync()).Last();
            await db.Database.ExecuteSqlAsync($"DELETE FROM __EFMigrationsHistory WHERE MigrationId = {removed}");
        });
        try
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.Http.GetAsync("/health/ready")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync("/health/live")).StatusCode);
        }
        finally
        {
            await portal.WithDbAsync(db => db.Database.ExecuteSqlAsync($"INSERT INTO __EFMigrationsHistory (MigrationId, ProductVersion) VALUES ({removed}, '10.0.15')"));
        }
    }

    private string ReadLogs() => string.Join('\n', Directory.GetFiles(Path.Combine(portal.DataDirectory, "logs")).Select(path =>
    {
        using var reader = new StreamReader(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite));
        return reader.ReadToEnd();
    }));

    public sealed class ObservedPortal : PortalFactory
    {
        private readonly Exported<Activity> activities = new();
        private readonly Exported<Metric> metrics = new();

        /// <summary>What was exported so far (the exporter adds from other threads).</summary>
        public IReadOnlyList<Activity> Activities => activities.Snapshot();

        public IReadOnlyList<Metric> Metrics => metrics.Snapshot();

        protected override IEnumerable<KeyValuePair<string, string>> Settings => [new("OpenTelemetry:Enabled", "true")];

        protected override void ConfigureTestServices(IServiceCollection services)
        {
            services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(activities));
            services.ConfigureOpenTelemetryMeterProvider(meter => meter.AddInMemoryExporter(metrics));
        }
    }

    /// <summary>A collection the exporters add to from their threads while the test reads it.</summary>
    private sealed class Exported<T> : System.Collections.ObjectModel.Collection<T>
    {
        private readonly object gate = new();

        public IReadOnlyList<T> Snapshot()
        {
            lock (gate)
            {
                return [.. Items];
            }
        }

        protected override void InsertItem(int index, T item)
        {
            lock (gate)
            {
                base.InsertItem(index, item);
            }
        }

        protected override void ClearItems()
        {
            lock (gate)
            {
                base.ClearItems();
            }
        }
    }
}

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TelemetryCollection
{
    public const string Name = "Telemetry (runs alone)";
}
