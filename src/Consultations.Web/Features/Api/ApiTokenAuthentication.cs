using System.Globalization;
using System.Security.Claims;
using System.Text.Encodings.Web;
using Consultations.Infrastructure.Auditing;
using Consultations.Infrastructure.Identity;
using Consultations.Infrastructure.Persistence;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Consultations.Web.Features.Api;

/// <summary>
/// Authenticates API requests by <c>Authorization: Bearer cst_…</c>. The principal is the token's user as the portal
/// builds it at sign-in (roles, administration, designation, two-factor), plus the token's scope; a user who turned
/// two-factor off or is locked out is refused. Every use is audited and the token's last use kept.
/// </summary>
public sealed class ApiTokenAuthentication(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ApiTokens tokens,
    IUserClaimsPrincipalFactory<ApplicationUser> principals,
    AppDbContext db,
    AuditLog audit,
    TimeProvider clock) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiToken";
    public const string ScopeClaim = "api_scope";
    public const string TokenClaim = "api_token";

    /// <summary>
    /// Authenticates a bearer token early in the pipeline (the default scheme is the sign-in cookie). The handler keeps
    /// its result for the request, so the policies that ask for this scheme later do not authenticate it again.
    /// </summary>
    public static async Task AuthenticateBearerAsync(HttpContext context, RequestDelegate next)
    {
        if (context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            && await context.AuthenticateAsync(SchemeName) is { Succeeded: true, Principal: { } principal })
        {
            context.User = principal;
        }

        await next(context);
    }

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }

        if (await tokens.FindAsync(header["Bearer ".Length..].Trim()) is not var (token, user)
            || !user.TwoFactorEnabled
            || (user.LockoutEnd is { } end && end > clock.GetUtcNow()))
        {
            return AuthenticateResult.Fail("The access token is not valid.");
        }

        var principal = await principals.CreateAsync(user);
        principal.AddIdentity(new ClaimsIdentity(
            [new Claim(ScopeClaim, token.Scope), new Claim(TokenClaim, token.Id.ToString(CultureInfo.InvariantCulture))],
            SchemeName));
        var tracked = await db.ApiTokens.FindAsync(token.Id);
        tracked!.LastUsedAtUtc = clock.GetUtcNow().UtcDateTime;
        audit.Record("ApiToken.Used", "ApiToken", token.Id.ToString(CultureInfo.InvariantCulture), $"{Request.Method} {Request.Path}");
        await db.SaveChangesAsync();
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(principal.Identities.Select(i => new ClaimsIdentity(i.Claims, SchemeName, i.NameClaimType, i.RoleClaimType))), SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Headers.WWWAuthenticate = "Bearer";
        return WriteProblemAsync(StatusCodes.Status401Unauthorized, "Api.TokenRequired", "Send a valid personal access token: Authorization: Bearer cst_…");
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        WriteProblemAsync(StatusCodes.Status403Forbidden, "Api.Forbidden", "The token's user, role, administration or scope does not allow this request.");

    private Task WriteProblemAsync(int status, string rule, string detail) =>
        Results.Problem(detail, statusCode: status, title: rule, type: ApiProblems.TypeBase + rule, extensions: new Dictionary<string, object?> { ["rule"] = rule })
            .ExecuteAsync(Context);
}
