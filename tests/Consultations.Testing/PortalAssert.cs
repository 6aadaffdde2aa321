using System.Net;

namespace Consultations.Testing;

public static class PortalAssert
{
    public static void RedirectsTo(HttpResponseMessage response, string pathStart)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith(pathStart, PathOf(response.Headers.Location!), StringComparison.OrdinalIgnoreCase);
    }

    public static string PathOf(Uri location) => location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;
}
