using System.Text.RegularExpressions;
using Serilog.Context;

namespace Consultations.Web.Composition;

/// <summary>Gives every request a correlation id (kept from X-Correlation-Id when well formed) for the logs and the response.</summary>
public sealed partial class CorrelationIdMiddleware(RequestDelegate next)
{
    public const string Header = "X-Correlation-Id";

    public async Task InvokeAsync(HttpContext context)
    {
        var incoming = context.Request.Headers[Header].ToString();
        var id = SafeId().IsMatch(incoming) ? incoming : context.TraceIdentifier;
        context.TraceIdentifier = id;
        context.Response.Headers[Header] = id;
        using (LogContext.PushProperty("CorrelationId", id))
        {
            await next(context);
        }
    }

    [GeneratedRegex("^[A-Za-z0-9:._-]{1,64}$")]
    private static partial Regex SafeId();
}
