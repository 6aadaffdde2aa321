using Consultations.Web.Composition;
using Consultations.Web.Features.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Consultations.Web.Features.Home;

[AllowAnonymous]
public sealed class HomeController : Controller
{
    [HttpGet("/")]
    public IActionResult Index() => View();

    [HttpPost("/language")]
    public IActionResult Language(string culture, string? returnUrl)
    {
        if (SupportedCultures.IsSupported(culture))
        {
            CultureCookie.Set(Response, culture);
        }

        return LocalRedirect(!string.IsNullOrEmpty(returnUrl) && Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
    }
}
