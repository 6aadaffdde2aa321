using System.Globalization;
using System.Security.Claims;
using Consultations.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Consultations.Web.Authorization;

public sealed class PortalClaimsPrincipalFactory(
    UserManager<ApplicationUser> users,
    RoleManager<IdentityRole> roles,
    IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<ApplicationUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(ApplicationUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(PortalClaims.DisplayName, user.DisplayName));
        identity.AddClaim(new Claim(PortalClaims.TwoFactorEnabled, user.TwoFactorEnabled ? "true" : "false"));
        identity.AddClaim(new Claim(PortalClaims.JobTitle, user.JobTitle ?? string.Empty));
        identity.AddClaim(new Claim(PortalClaims.Place, user.Place ?? string.Empty));
        identity.AddClaim(new Claim(PortalClaims.Language, user.PreferredLanguage));
        if (user.IsDemo)
        {
            identity.AddClaim(new Claim(PortalClaims.DemoAccount, "true"));
        }

        if (user.MemberStateCode is not null)
        {
            identity.AddClaim(new Claim(PortalClaims.MemberState, user.MemberStateCode));
        }

        if (user.DesignatedFrom is { } from)
        {
            identity.AddClaim(new Claim(PortalClaims.DesignatedFrom, from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        }

        if (user.DesignatedUntil is { } until)
        {
            identity.AddClaim(new Claim(PortalClaims.DesignatedUntil, until.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        }

        return identity;
    }
}
