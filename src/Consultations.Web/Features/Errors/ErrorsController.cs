using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Consultations.Web.Features.Errors;

/// <summary>Friendly error pages that say what happened and nothing about the server.</summary>
[AllowAnonymous]
[ApiExplorerSettings(IgnoreApi = true)]
[IgnoreAntiforgeryToken]
public sealed class ErrorsController : Controller
{
    /// <summary>
    /// Re-executed with the method and the body of the request that failed, so it answers every method. The code is read
    /// from the route values, not model-bound: binding would read the failed request's form (a multipart body past a
    /// limit, a field called "code") and turn a 400 or a 429 into a 500. 400 stays 400.
    /// </summary>
    [Route("/error/{code:int}")]
    public IActionResult Show()
    {
        var code = int.TryParse(RouteData.Values["code"] as string, System.Globalization.CultureInfo.InvariantCulture, out var parsed) ? parsed : 500;
        var shown = code is 400 or 403 or 404 ? code : 500;
        Response.StatusCode = code is >= 400 and < 600 ? code : 500;
        return View(shown.ToString(System.Globalization.CultureInfo.InvariantCulture), HttpContext.TraceIdentifier);
    }
}
