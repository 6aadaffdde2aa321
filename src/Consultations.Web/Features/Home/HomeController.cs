using Consultations.Infrastructure.Identity;
using Consultations.Web.Authorization;
using Consultations.Web.Composition;
using Consultations.Web.Features.Outcomes;
using Consultations.Web.Features.Shared;
using Consultations.Web.Settings;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Consultations.Web.Features.Home;

[AllowAnonymous]
public sealed class HomeController(OverdueNotifications overdue, LanguagePreference preference) : Controller
{
    [HttpGet("/")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(new HomePage(User.IsInRole(Roles.Secretariat) || User.IsInRole(Roles.TsbStaff) ? await overdue.ListAsync(cancellationToken) : []));

    [HttpPost("/language")]
    public async Task<IActionResult> Language(string culture, string? returnUrl)
    {
        if (SupportedCultures.IsSupported(culture))
        {
            CultureCookie.Set(Response, culture);
            if (User.Identity?.IsAuthenticated == true && !User.IsDemoAccount())
            {
                await preference.RememberAsync(User, culture);
            }
        }

        return LocalRedirect(!string.IsNullOrEmpty(returnUrl) && Url.IsLocalUrl(returnUrl) ? returnUrl : Url.Action(nameof(Index))!);
    }
}

public sealed record HomePage(IReadOnlyList<OverdueNotification> OverdueNotifications);
