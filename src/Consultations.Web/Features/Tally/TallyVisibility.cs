using System.Security.Claims;
using Consultations.Domain.Circulars;
using Consultations.Infrastructure.Identity;

namespace Consultations.Web.Features.Tally;

/// <summary>Who sees which results, in one place.</summary>
public static class TallyVisibility
{
    /// <summary>The secretariat and TSB follow the live, provisional tally.</summary>
    public static bool SeesLiveTally(ClaimsPrincipal user) =>
        user.IsInRole(Roles.Secretariat) || user.IsInRole(Roles.TsbStaff);

    /// <summary>Delegates (and other signed-in users) see counts only once the tally is final.</summary>
    public static bool SeesFinalResults(ClaimsPrincipal user, Circular circular, DateTime utcNow) =>
        SeesLiveTally(user) || (user.Identity?.IsAuthenticated == true && circular.IsPublished && circular.DeadlinePassedAt(utcNow));

    /// <summary>The public page shows the final per-text results (never comments) when the circular's setting allows.</summary>
    public static bool PublicSeesResults(Circular circular, DateTime utcNow) =>
        circular.IsPublished && circular.ResultsArePublic && circular.DeadlinePassedAt(utcNow);
}
