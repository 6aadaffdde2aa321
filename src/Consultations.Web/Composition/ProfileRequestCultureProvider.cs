using Consultations.Web.Authorization;
using Consultations.Web.Settings;
using Microsoft.AspNetCore.Localization;

namespace Consultations.Web.Composition;

/// <summary>
/// A signed-in user's own language (their profile, carried in the sign-in cookie), for a device on which they have not
/// chosen one: the language cookie, set by the switcher, comes first.
/// </summary>
public sealed class ProfileRequestCultureProvider : RequestCultureProvider
{
    public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext) =>
        Task.FromResult(httpContext.User.FindFirst(PortalClaims.Language)?.Value is { } language && SupportedCultures.IsSupported(language)
            ? new ProviderCultureResult(language)
            : null);
}
