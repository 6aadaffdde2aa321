using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace Consultations.Web.Authorization;

/// <summary>A signed-in delegate stopped only by missing two-factor is sent to the page that explains how to enrol, not to a bare 403.</summary>
public sealed class TwoFactorEnrolmentRedirect(LinkGenerator routes) : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler fallback = new();

    public Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        var failed = authorizeResult.AuthorizationFailure?.FailedRequirements.ToList();
        if (authorizeResult.Forbidden && failed is { Count: 1 } && failed[0] is TwoFactorRequirement)
        {
            context.Response.Redirect(routes.GetPathByAction(context, nameof(Features.Profile.ProfileController.TwoFactorRequired), "Profile")
                ?? throw new InvalidOperationException("No route to the two-factor enrolment page."));
            return Task.CompletedTask;
        }

        return fallback.HandleAsync(next, context, policy, authorizeResult);
    }
}
