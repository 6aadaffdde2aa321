using Consultations.Web.Composition;
using Microsoft.Extensions.Options;

namespace Consultations.Web.Features.Shared;

/// <summary>Absolute links for e-mails: the configured public address, else the address of the current request.</summary>
public sealed class PortalLinks(IOptions<PortalOptions> options, IHttpContextAccessor accessor)
{
    public string Absolute(string pathAndQuery)
    {
        var configured = options.Value.PublicBaseUrl;
        var request = accessor.HttpContext?.Request;
        var baseUrl = !string.IsNullOrWhiteSpace(configured)
            ? configured.TrimEnd('/')
            : request is null ? "http://localhost" : $"{request.Scheme}://{request.Host}{request.PathBase}";
        return baseUrl + pathAndQuery;
    }
}
