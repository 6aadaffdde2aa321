using Microsoft.AspNetCore.CookiePolicy;

namespace Consultations.Web.Composition;

/// <summary>
/// Whether the portal is reached over TLS is decided by its public address, not by the request: behind a TLS proxy
/// the request to Kestrel is plain HTTP, yet every cookie must be <c>Secure</c>. Outside Development the public
/// address must be https, or a loopback address for a trial on one machine (where browsers treat http as secure).
/// </summary>
public static class TransportSecurity
{
    public static bool IsAcceptablePublicAddress(string? publicBaseUrl) =>
        Uri.TryCreate(publicBaseUrl, UriKind.Absolute, out var url)
        && (url.Scheme == Uri.UriSchemeHttps || (url.Scheme == Uri.UriSchemeHttp && url.IsLoopback));

    public static bool CookiesMustBeSecure(IConfiguration configuration, IHostEnvironment environment) =>
        !environment.IsDevelopment()
        && Uri.TryCreate(configuration["Portal:PublicBaseUrl"], UriKind.Absolute, out var url)
        && url.Scheme == Uri.UriSchemeHttps;

    public static void Add(WebApplicationBuilder builder)
    {
        // Kestrel's "Server: Kestrel" tells an attacker what to try; nothing needs it.
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);

        var secure = CookiesMustBeSecure(builder.Configuration, builder.Environment);
        builder.Services.Configure<CookiePolicyOptions>(options =>
        {
            // One policy for every cookie the portal or the framework writes (sign-in, two-factor, antiforgery, language).
            options.Secure = secure ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
            options.HttpOnly = HttpOnlyPolicy.Always;
            options.MinimumSameSitePolicy = SameSiteMode.Lax;
        });
        builder.Services.AddHsts(options =>
        {
            options.MaxAge = TimeSpan.FromDays(365);
            options.IncludeSubDomains = false;
        });
    }
}
