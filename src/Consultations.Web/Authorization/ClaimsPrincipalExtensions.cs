using System.Globalization;
using System.Security.Claims;

namespace Consultations.Web.Authorization;

public static class ClaimsPrincipalExtensions
{
    public static string? MemberStateCode(this ClaimsPrincipal user) => user.FindFirstValue(PortalClaims.MemberState);

    public static string DisplayName(this ClaimsPrincipal user) =>
        user.FindFirstValue(PortalClaims.DisplayName) is { Length: > 0 } name ? name : user.Identity?.Name ?? string.Empty;

    public static string? UserId(this ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier);

    public static bool HasTwoFactor(this ClaimsPrincipal user) => user.FindFirstValue(PortalClaims.TwoFactorEnabled) == "true";

    public static bool IsDemoAccount(this ClaimsPrincipal user) => user.FindFirstValue(PortalClaims.DemoAccount) == "true";

    public static bool IsDesignatedOn(this ClaimsPrincipal user, DateOnly day)
    {
        if (user.MemberStateCode() is null)
        {
            return false;
        }

        var from = ParseDate(user.FindFirstValue(PortalClaims.DesignatedFrom));
        var until = ParseDate(user.FindFirstValue(PortalClaims.DesignatedUntil));
        return (from is null || from <= day) && (until is null || day <= until);
    }

    private static DateOnly? ParseDate(string? value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}
