using System.Security.Claims;
using Consultations.Domain.Circulars;
using Consultations.Infrastructure.Identity;
using Consultations.Web.Features.Tally;

namespace Consultations.Web.Tests.Tally;

public class Visibility_policy
{
    private static readonly DateTime BeforeDeadline = new(2026, 5, 20, 12, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime AfterDeadline = new(2026, 5, 21, 0, 0, 0, DateTimeKind.Utc);

    private static ClaimsPrincipal User(string? role) => role is null
        ? new ClaimsPrincipal(new ClaimsIdentity())
        : new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Role, role)], "test"));

    private static Circular Published(bool resultsPublic)
    {
        var circular = new Circular(new CircularDetails(1, new DateOnly(2026, 2, 13), "SG17/XY", 17, "Administrations",
            new Meeting("Geneva", new DateOnly(2026, 6, 1), new DateOnly(2026, 6, 10)), new DateOnly(2026, 5, 20), [], ["en"]));
        circular.AddText(new DraftTextDetails(DraftTextKind.New, "X.1500", "Title"));
        circular.Publish(new DateTime(2026, 2, 13, 9, 0, 0, DateTimeKind.Utc), "tsb");
        circular.SetResultsPublic(resultsPublic);
        return circular;
    }

    [Theory]
    [InlineData(Roles.Secretariat, true)]
    [InlineData(Roles.TsbStaff, true)]
    [InlineData(Roles.Delegate, false)]
    [InlineData(Roles.Administrator, false)]
    [InlineData(null, false)]
    public void Only_the_secretariat_and_TSB_follow_the_live_tally(string? role, bool sees) =>
        Assert.Equal(sees, TallyVisibility.SeesLiveTally(User(role)));

    [Theory]
    [InlineData(Roles.Delegate, false, true)]
    [InlineData(Roles.Administrator, false, true)]
    [InlineData(Roles.Secretariat, true, true)]
    [InlineData(null, false, false)]
    public void Signed_in_users_see_counts_only_once_final(string? role, bool before, bool after)
    {
        var circular = Published(resultsPublic: false);

        Assert.Equal(before, TallyVisibility.SeesFinalResults(User(role), circular, BeforeDeadline));
        Assert.Equal(after, TallyVisibility.SeesFinalResults(User(role), circular, AfterDeadline));
    }

    [Theory]
    [InlineData(true, false, true)]
    [InlineData(false, false, false)]
    public void The_public_sees_final_results_only_when_the_circular_allows(bool setting, bool before, bool after)
    {
        var circular = Published(setting);

        Assert.Equal(before, TallyVisibility.PublicSeesResults(circular, BeforeDeadline));
        Assert.Equal(after, TallyVisibility.PublicSeesResults(circular, AfterDeadline));
    }
}
