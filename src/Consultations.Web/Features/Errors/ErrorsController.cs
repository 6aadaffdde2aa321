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
    /// Re-executed with the method and the form of the request that failed, so it answers every method; the code comes
    /// from the route only, never from a form field that happens to be called "code". 400 stays 400.
    /// </summary>
    [Route("/error/{code:int}")]
    public IActionResult Show([FromRoute] int code)
    {
        var shown = code is 400 or 403 or 404 ? code : 500;
        Response.StatusCode = code is >= 400 and < 600 ? code : 500;
        return View(shown.ToString(System.Globalization.CultureInfo.InvariantCulture), HttpContext.TraceIdentifier);
    }
}
