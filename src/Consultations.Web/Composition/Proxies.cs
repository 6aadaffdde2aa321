using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Consultations.Web.Composition;

/// <summary>
/// Behind a reverse proxy, the client's address and scheme come from X-Forwarded-For and X-Forwarded-Proto, trusted
/// only from the proxies named in <c>Proxy:KnownProxies</c> (addresses) and <c>Proxy:KnownNetworks</c> (CIDR). The
/// rate limits are per client address, so a portal behind a proxy must name it, or every client shares one limit.
/// </summary>
public static class Proxies
{
    public static void Add(IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            var proxies = configuration.GetSection("Proxy:KnownProxies").Get<string[]>() ?? [];
            var networks = configuration.GetSection("Proxy:KnownNetworks").Get<string[]>() ?? [];
            if (proxies.Length + networks.Length == 0)
            {
                // Nothing configured: only a proxy on this machine (loopback, the framework's default) is trusted.
                // Emptying both lists would make the middleware trust every client's headers.
                return;
            }

            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            foreach (var proxy in proxies)
            {
                options.KnownProxies.Add(IPAddress.Parse(proxy));
            }

            foreach (var network in networks)
            {
                options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });
    }
}
