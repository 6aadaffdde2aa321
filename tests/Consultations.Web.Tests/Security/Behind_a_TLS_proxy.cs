using System.Net;
using Consultations.Testing;

namespace Consultations.Web.Tests.Security;

/// <summary>
/// Finding 7: behind a TLS proxy Kestrel sees plain HTTP, yet every cookie is <c>Secure</c> because the portal's public
/// address is https; HSTS is sent for https requests (the scheme trusted from a known proxy); Kestrel does not name itself.
/// </summary>
public class Behind_a_TLS_proxy(Behind_a_TLS_proxy.ProxiedPortal portal) : IClassFixture<Behind_a_TLS_proxy.ProxiedPortal>
{
    [Fact]
    public async Task Every_cookie_is_secure_and_http_only_although_the_request_reached_Kestrel_over_http()
    {
        using var http = new HttpClient { BaseAddress = new Uri(portal.BaseUrl) };

        using var response = await http.GetAsync("/account/sign-in");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var cookies = response.Headers.GetValues("Set-Cookie").ToList();
        Assert.NotEmpty(cookies);
        Assert.All(cookies, cookie =>
        {
            Assert.Contains("; secure", cookie, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("; httponly", cookie, StringComparison.OrdinalIgnoreCase);
        });
    }

    [Fact]
    public async Task Kestrel_does_not_name_itself()
    {
        using var http = new HttpClient { BaseAddress = new Uri(portal.BaseUrl) };

        using var response = await http.GetAsync("/");

        Assert.False(response.Headers.Contains("Server"), string.Join(",", response.Headers.Select(h => h.Key)));
    }

    [Fact]
    public async Task A_request_the_loopback_proxy_forwarded_from_https_gets_HSTS_and_one_from_http_does_not()
    {
        using var http = new HttpClient { BaseAddress = new Uri(portal.BaseUrl) };
        using var forwarded = new HttpRequestMessage(HttpMethod.Get, "/account/sign-in");
        forwarded.Headers.Add("X-Forwarded-Proto", "https");
        forwarded.Headers.Host = "consultations.example";
        using var direct = new HttpRequestMessage(HttpMethod.Get, "/account/sign-in");
        direct.Headers.Host = "consultations.example";

        using var overTls = await http.SendAsync(forwarded);
        using var plain = await http.SendAsync(direct);

        Assert.StartsWith("max-age=31536000", overTls.Headers.GetValues("Strict-Transport-Security").Single(), StringComparison.Ordinal);
        Assert.False(plain.Headers.Contains("Strict-Transport-Security"));
    }

    /// <summary>On Kestrel (the test server adds no Server header of its own), reached at 127.0.0.1 like a proxy on the same host.</summary>
    public sealed class ProxiedPortal : PortalFactory
    {
        private string? baseUrl;

        public ProxiedPortal() => UseKestrel(0);

        protected override IEnumerable<KeyValuePair<string, string>> Settings => [new("Portal:PublicBaseUrl", "https://consultations.example")];

        public string BaseUrl => baseUrl ??= KestrelAddress.Start(this);
    }
}
