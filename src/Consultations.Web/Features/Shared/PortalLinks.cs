using Consultations.Web.Composition;
using Consultations.Web.Settings;
using Microsoft.Extensions.Options;

namespace Consultations.Web.Features.Shared;

/// <summary>Absolute links for e-mails: the configured public address, else the address of the current request.</summary>
public sealed class PortalLinks(IOptions<PortalOptions> options, IHttpContextAccessor accessor, IWebHostEnvironment environment, LinkGenerator routes)
{
    /// <summary>The absolute address of an action, generated from its route so that e-mails and PDFs never spell a path.</summary>
    public string To(string action, string controller, object? values = null) =>
        Absolute(routes.GetPathByAction(action, controller, values)
            ?? throw new InvalidOperationException($"No route for {controller}.{action}."));

    /// <summary>
    /// An address to e-mail: always under <c>Portal:PublicBaseUrl</c>. Only in Development, where it may be unset,
    /// does it fall back to the request's own address; never elsewhere, since a request's Host header is the sender's
    /// to choose (a reset link sent to a real user must not point to a host an attacker named).
    /// </summary>
    private string Absolute(string pathAndQuery)
    {
        var configured = options.Value.PublicBaseUrl;
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured.TrimEnd('/') + pathAndQuery;
        }

        var request = accessor.HttpContext?.Request;
        if (environment.IsDevelopment())
        {
            return request is null ? "http://localhost" + pathAndQuery : $"{request.Scheme}://{request.Host}{request.PathBase}{pathAndQuery}";
        }

        throw new InvalidOperationException("Portal:PublicBaseUrl must be set: e-mailed links are built from it, never from a request's Host header.");
    }
}
