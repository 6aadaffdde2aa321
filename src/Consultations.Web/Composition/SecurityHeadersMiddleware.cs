namespace Consultations.Web.Composition;

/// <summary>Headers that keep the portal's pages out of frames and scripts from elsewhere.</summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "same-origin";
        // The API reference page (Scalar) configures itself with an inline script and styles; nothing else may.
        headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments(Features.Api.ApiDocument.ReferencePath)
            ? "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self' 'unsafe-inline'; font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; form-action 'self'"
            : "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'; form-action 'self'";
        return next(context);
    }
}
