using Consultations.Infrastructure.Telemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Consultations.Web.Composition;

/// <summary>
/// OpenTelemetry traces and metrics (ASP.NET Core, EF Core, the portal's own meter), exported by OTLP to
/// <c>OpenTelemetry:OtlpEndpoint</c> (or the standard <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>). Without either, and without
/// <c>OpenTelemetry:Enabled</c>, nothing is instrumented, so a portal that nobody observes pays nothing. Log events
/// carry the trace and span of the request (Serilog reads them from the current activity).
/// </summary>
public static class Telemetry
{
    public const string ServiceName = "consultations";

    public static void Add(WebApplicationBuilder builder)
    {
        builder.Services.AddMetrics();
        builder.Services.AddSingleton<PortalMetrics>();

        var configuration = builder.Configuration;
        var endpoint = configuration["OpenTelemetry:OtlpEndpoint"] ?? configuration["OTEL_EXPORTER_OTLP_ENDPOINT"];
        if (string.IsNullOrWhiteSpace(endpoint) && !configuration.GetValue("OpenTelemetry:Enabled", false))
        {
            return;
        }

        var exportOtlp = !string.IsNullOrWhiteSpace(endpoint);
        builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(ServiceName, serviceInstanceId: Environment.MachineName))
            .WithTracing(tracing =>
            {
                tracing.AddAspNetCoreInstrumentation(o => o.Filter = context => !context.Request.Path.StartsWithSegments("/health"))
                    .AddEntityFrameworkCoreInstrumentation();
                if (exportOtlp)
                {
                    tracing.AddOtlpExporter(o => o.Endpoint = new Uri(endpoint!));
                }
            })
            .WithMetrics(metrics =>
            {
                metrics.AddAspNetCoreInstrumentation()
                    .AddMeter(PortalMetrics.MeterName);
                if (exportOtlp)
                {
                    metrics.AddOtlpExporter(o => o.Endpoint = new Uri(endpoint!));
                }
            });
    }
}
