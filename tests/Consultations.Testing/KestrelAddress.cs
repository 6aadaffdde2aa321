using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Consultations.Testing;

/// <summary>The address of a portal started on Kestrel at a free port, as 127.0.0.1.</summary>
public static class KestrelAddress
{
    /// <summary>Starts the portal (made with <c>UseKestrel(0)</c>) and returns its address.</summary>
    public static string Start(Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> portal)
    {
        portal.StartServer();
        return Of(portal.Services);
    }

    public static string Of(IServiceProvider services) =>
        services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()
            .Replace("[::]", "127.0.0.1", StringComparison.Ordinal)
            .Replace("localhost", "127.0.0.1", StringComparison.Ordinal)
            .TrimEnd('/');
}
