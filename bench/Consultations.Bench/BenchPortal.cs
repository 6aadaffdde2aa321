using Consultations.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Consultations.Bench;

/// <summary>The portal on Kestrel at a free port of 127.0.0.1, over its own SQLite file, with Production settings.</summary>
public sealed class BenchPortal : PortalFactory
{
    private string? baseUrl;

    public BenchPortal() => UseKestrel(0);

    protected override string EnvironmentName => "Production";

    protected override IEnumerable<KeyValuePair<string, string>> Settings =>
    [
        new("Portal:PublicBaseUrl", "http://127.0.0.1"),
        new("Serilog:MinimumLevel:Default", "Warning"),
    ];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseContentRoot(Path.Combine(Repository.Root(), "src", "Consultations.Web"));
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
    }

    public string BaseUrl => baseUrl ??= KestrelAddress.Start(this);

    /// <summary>A client of its own (cookies, connections) talking HTTP to the portal.</summary>
    public PortalClient NewClient() =>
        new(new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = true, MaxConnectionsPerServer = 64 }) { BaseAddress = new Uri(BaseUrl) });
}
