using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Consultations.Web.Features.Errors;

/// <summary>Friendly error pages that say what happened and nothing about the server.</summary>
[AllowAnonymous]
[ApiExplorerSettings(IgnoreApi = true)]
[IgnoreAntiforgeryToken]
public sealed class ErrorsController : Controller
{
    [Route("/error/{code:int}")]
    public IActionResult Show(int code)
    {
        var shown = code is 403 or 404 ? code : 500;
        Response.StatusCode = code is >= 400 and < 600 ? code : 500;
        return View(shown.ToString(System.Globalization.CultureInfo.InvariantCulture), HttpContext.TraceIdentifier);
    }
}
