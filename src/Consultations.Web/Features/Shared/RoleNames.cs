using Consultations.Infrastructure.Identity;

namespace Consultations.Web.Features.Shared;

/// <summary>How roles are named to people (localization keys).</summary>
public static class RoleNames
{
    public static string Label(string role) => role switch
    {
        Roles.Administrator => "Administrator",
        Roles.TsbStaff => "TSB staff",
        Roles.Secretariat => "Study-group secretariat",
        Roles.Delegate => "Administration delegate",
        _ => role,
    };
}
