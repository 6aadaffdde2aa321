using Consultations.Web.Composition;
using Consultations.Web.Settings;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace Consultations.Web.Authorization;

/// <summary>The delegate's designation covers today.</summary>
public sealed class DesignationRequirement : IAuthorizationRequirement;

/// <summary>The delegate has enrolled an authenticator app (waived for demo delegates when Demo:SkipTwoFactor is on in Development).</summary>
public sealed class TwoFactorRequirement : IAuthorizationRequirement;

public sealed class DelegateReadyHandler(TimeProvider clock, IOptions<DemoOptions> demo, IHostEnvironment environment) : IAuthorizationHandler
{
    public Task HandleAsync(AuthorizationHandlerContext context)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        foreach (var requirement in context.PendingRequirements.ToList())
        {
            switch (requirement)
            {
                case DesignationRequirement when context.User.IsDesignatedOn(today):
                    context.Succeed(requirement);
                    break;
                case TwoFactorRequirement when context.User.HasTwoFactor() || TwoFactorWaived(context):
                    context.Succeed(requirement);
                    break;
            }
        }

        return Task.CompletedTask;
    }

    private bool TwoFactorWaived(AuthorizationHandlerContext context) =>
        environment.IsDevelopment() && demo.Value.SkipTwoFactor && context.User.IsDemoAccount();
}
