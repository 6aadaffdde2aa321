using Consultations.Infrastructure.Identity;
using Microsoft.AspNetCore.Authorization;

namespace Consultations.Web.Authorization;

/// <summary>The named policies; each page states which one it needs.</summary>
public static class Policies
{
    public const string SignedIn = nameof(SignedIn);
    public const string ManageAccounts = nameof(ManageAccounts);
    public const string ViewRoster = nameof(ViewRoster);
    public const string ManageRoster = nameof(ManageRoster);
    public const string ViewAudit = nameof(ViewAudit);
    public const string TsbStaff = nameof(TsbStaff);
    public const string Secretariat = nameof(Secretariat);
    public const string RecordOutcomes = nameof(RecordOutcomes);

    /// <summary>A delegate who may act for their administration: designated today and enrolled in two-factor.</summary>
    public const string DelegateReady = nameof(DelegateReady);

    /// <summary>An API token whose scope allows submitting replies.</summary>
    public const string ApiReply = nameof(ApiReply);

    public static void Register(AuthorizationOptions options)
    {
        options.AddPolicy(SignedIn, p => p.RequireAuthenticatedUser());
        options.AddPolicy(ManageAccounts, p => p.RequireRole(Roles.Administrator, Roles.TsbStaff));
        options.AddPolicy(ViewRoster, p => p.RequireRole(Roles.Administrator, Roles.TsbStaff, Roles.Secretariat));
        options.AddPolicy(ManageRoster, p => p.RequireRole(Roles.Administrator));
        options.AddPolicy(ViewAudit, p => p.RequireRole(Roles.Administrator));
        options.AddPolicy(TsbStaff, p => p.RequireRole(Roles.TsbStaff));
        options.AddPolicy(Secretariat, p => p.RequireRole(Roles.Secretariat, Roles.TsbStaff));
        options.AddPolicy(RecordOutcomes, p => p.RequireRole(Roles.Secretariat));
        options.AddPolicy(ApiReply, p => p.RequireClaim(Features.Api.ApiTokenAuthentication.ScopeClaim, Infrastructure.Identity.ApiScopes.Reply));
        options.AddPolicy(DelegateReady, p => p
            .RequireRole(Roles.Delegate)
            .AddRequirements(new DesignationRequirement(), new TwoFactorRequirement()));
    }
}
