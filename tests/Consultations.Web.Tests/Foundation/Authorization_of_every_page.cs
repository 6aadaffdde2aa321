using System.Net;
using System.Text.RegularExpressions;
using Consultations.Infrastructure.Identity;
using Consultations.Testing;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Consultations.Web.Tests.Foundation;

/// <summary>Every page that exists, for every kind of visitor: the expected 200, 302 (to sign in or to enrol) or 403.</summary>
public class Authorization_of_every_page(PortalFactory portal) : IClassFixture<PortalFactory>
{
    public enum Visitor
    {
        Anonymous,
        Delegate,
        DelegateWithoutTwoFactor,
        TsbStaff,
        Secretariat,
        Administrator,
    }

    private const int SignIn = 302;
    private const int Enrol = 399;

    /// <summary>A redirect back to the reply form (nothing to confirm yet).</summary>
    private const int ToForm = 398;

    // Columns: anonymous, delegate (2FA), delegate without 2FA, TSB staff, secretariat, administrator.
    public static TheoryData<string, int[]> Pages => new()
    {
        { "/", [200, 200, 200, 200, 200, 200] },
        { "/account/sign-in", [200, 200, 200, 200, 200, 200] },
        { "/account/forgot-password", [200, 200, 200, 200, 200, 200] },
        { "/health/live", [200, 200, 200, 200, 200, 200] },
        { "/health/ready", [200, 200, 200, 200, 200, 200] },
        { "/profile", [SignIn, 200, 200, 200, 200, 200] },
        { "/profile/change-password", [SignIn, 200, 200, 200, 200, 200] },
        { "/profile/two-factor", [SignIn, 200, 200, 200, 200, 200] },
        { "/profile/two-factor/required", [SignIn, 200, 200, 200, 200, 200] },
        { "/profile/authenticator", [SignIn, 200, 200, 200, 200, 200] },
        { "/my-administration", [SignIn, 200, Enrol, 403, 403, 403] },
        { "/users", [SignIn, 403, 403, 200, 403, 200] },
        { "/users/invite", [SignIn, 403, 403, 200, 403, 200] },
        { "/roster", [SignIn, 403, 403, 200, 200, 200] },
        { "/roster/FRA/edit", [SignIn, 403, 403, 403, 403, 200] },
        { "/audit", [SignIn, 403, 403, 403, 403, 200] },
        { "/circulars", [SignIn, 200, 200, 200, 200, 200] },
        { "/circulars/1", [SignIn, 200, 200, 200, 200, 200] },
        { "/circulars/2", [SignIn, 404, 404, 200, 404, 404] },
        { "/public/circulars", [200, 200, 200, 200, 200, 200] },
        { "/public/circulars/1", [200, 200, 200, 200, 200, 200] },
        { "/public/circulars/2", [404, 404, 404, 404, 404, 404] },
        { "/circulars/new", [SignIn, 403, 403, 200, 403, 403] },
        { "/circulars/import", [SignIn, 403, 403, 200, 403, 403] },
        { "/circulars/2/edit", [SignIn, 403, 403, 200, 403, 403] },
        { "/circulars/2/texts/new", [SignIn, 403, 403, 200, 403, 403] },
        { "/circulars/2/texts/1/edit", [SignIn, 403, 403, 200, 403, 403] },
        { "/circulars/2/publish", [SignIn, 403, 403, 200, 403, 403] },
        { "/circulars/1/amend", [SignIn, 403, 403, 200, 403, 403] },
        { "/circulars/1/record-reply", [SignIn, 403, 403, 200, 403, 403] },
        { "/circulars/1/deliveries", [SignIn, 403, 403, 200, 403, 403] },
        { "/circulars/1/tally", [SignIn, 403, 403, 200, 200, 403] },
        { "/circulars/1/tally/texts/1", [SignIn, 403, 403, 200, 200, 403] },
        { "/circulars/1/tally/non-responders", [SignIn, 403, 403, 200, 200, 403] },
        { "/circulars/1/tally/export/tally.csv", [SignIn, 403, 403, 200, 200, 403] },
        { "/circulars/1/outcomes", [SignIn, 403, 403, 403, 200, 403] },
        { "/circulars/1/notification", [SignIn, 403, 403, 200, 403, 403] },
        { "/replies", [SignIn, 200, Enrol, 403, 403, 403] },
        { "/replies/1", [SignIn, 200, Enrol, 403, 403, 403] },
        { "/circulars/1/letter.docx", [200, 200, 200, 200, 200, 200] },
        { "/circulars/1/letter.pdf?language=zh", [200, 200, 200, 200, 200, 200] },
        { "/circulars/2/letter.docx", [404, 404, 404, 200, 404, 404] },
        { "/circulars/1/annex-2.docx?state=KEN", [SignIn, 403, 403, 200, 403, 403] },
        { "/circulars/1/annex-2.docx?state=ZZZ", [SignIn, 403, 403, 404, 403, 403] },
        { "/replies/1/annex-2.docx", [SignIn, 200, Enrol, 403, 403, 403] },
        { "/replies/2/annex-2.docx", [SignIn, 404, Enrol, 403, 403, 403] },
        { "/circulars/1/calendar.ics", [200, 200, 200, 200, 200, 200] },
        { "/circulars/2/calendar.ics", [404, 404, 404, 404, 404, 404] },
        { "/calendar/not-a-secret-anyone-was-given-0123456789.ics", [404, 404, 404, 404, 404, 404] },
        { "/profile/tokens", [SignIn, 200, 200, 200, 200, 200] },
        { "/api/reference/", [200, 200, 200, 200, 200, 200] },
        { "/openapi/v1.json", [200, 200, 200, 200, 200, 200] },
        { "/verify", [200, 200, 200, 200, 200, 200] },
        { "/favicon.ico", [200, 200, 200, 200, 200, 200] },
        { "/help", [200, 200, 200, 200, 200, 200] },
        { "/help/delegate", [200, 200, 200, 200, 200, 200] },
        { "/help/img/reply-form.jpg", [200, 200, 200, 200, 200, 200] },
        { "/favicon.svg", [200, 200, 200, 200, 200, 200] },
        { "/dev/mail", [404, 404, 404, 404, 404, 404] },
        { "/dev/mail/20260302T090000-x.eml", [404, 404, 404, 404, 404, 404] },
        { "/users/no-such-user/edit", [SignIn, 403, 403, 404, 403, 404] },
        { "/mail/999999", [SignIn, 403, 403, 404, 403, 403] },
        { "/circulars/1/tally/files/no-such-file.pdf", [SignIn, 403, 403, 404, 404, 403] },
        { "/replies/1/files/no-such-file.pdf", [SignIn, 404, Enrol, 403, 403, 403] },
        { "/replies/1/versions/9", [SignIn, 404, Enrol, 403, 403, 403] },
        { "/replies/1/confirm", [SignIn, ToForm, Enrol, 403, 403, 403] },
        { "/replies/1/versions/9/receipt.pdf", [SignIn, 404, Enrol, 403, 403, 403] },
        { "/error/404", [404, 404, 404, 404, 404, 404] },
        { "/account/two-factor", [SignIn, SignIn, SignIn, SignIn, SignIn, SignIn] },
        { "/account/recovery-code", [SignIn, SignIn, SignIn, SignIn, SignIn, SignIn] },
        { "/account/locked-out", [200, 200, 200, 200, 200, 200] },
        { "/account/access-denied", [403, 403, 403, 403, 403, 403] },
        { "/account/reset-password", [200, 200, 200, 200, 200, 200] },
        { "/account/accept-invitation", [200, 200, 200, 200, 200, 200] },
    };

    private static readonly SemaphoreSlim Seeding = new(1, 1);

    /// <summary>Circular 1 is published, circular 2 is a draft.</summary>
    private async Task EnsureCircularsAsync()
    {
        await Seeding.WaitAsync();
        try
        {
            var exists = false;
            await portal.WithDbAsync(async db => exists = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.AnyAsync(db.Circulars));
            if (!exists)
            {
                await CircularSeeds.AddAsync(portal, CircularSeeds.Draft(301, new DateOnly(2026, 2, 2), new DateOnly(2026, 6, 1)), new DateTime(2026, 2, 2, 9, 0, 0, DateTimeKind.Utc));
                await CircularSeeds.AddAsync(portal, CircularSeeds.Draft(302, new DateOnly(2026, 3, 2), new DateOnly(2026, 6, 8)));
            }
        }
        finally
        {
            Seeding.Release();
        }
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Each_visitor_gets_the_expected_answer(string url, int[] expected)
    {
        await EnsureCircularsAsync();
        foreach (var visitor in Enum.GetValues<Visitor>())
        {
            var client = await ClientFor(visitor);
            var response = await client.GetAsync(url);
            var want = expected[(int)visitor];

            var because = $"{visitor} on {url}";
            switch (want)
            {
                case SignIn:
                    Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{because}: {(int)response.StatusCode}");
                    Assert.StartsWith("/account/sign-in", PortalAssert.PathOf(response.Headers.Location!));
                    break;
                case Enrol:
                    Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{because}: {(int)response.StatusCode}");
                    Assert.Equal("/profile/two-factor/required", PortalAssert.PathOf(response.Headers.Location!));
                    break;
                case ToForm:
                    Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{because}: {(int)response.StatusCode}");
                    Assert.Equal(url.Replace("/confirm", string.Empty, StringComparison.Ordinal), PortalAssert.PathOf(response.Headers.Location!));
                    break;
                default:
                    Assert.True((int)response.StatusCode == want, $"{because}: expected {want}, got {(int)response.StatusCode}");
                    break;
            }
        }
    }

    /// <summary>
    /// Every page the application answers to GET (its own endpoints, read from <see cref="EndpointDataSource"/>) has a
    /// row above, so a new page cannot be left out of the matrix. The API and its documentation have their own
    /// matrix (<c>Api.Authorization_of_every_API_endpoint</c>).
    /// </summary>
    [Fact]
    public void The_matrix_has_a_row_for_every_page_of_the_application()
    {
        var urls = Pages.Select(row => ((string)row[0]).Split('?')[0]).ToList();
        var pages = portal.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<HttpMethodMetadata>() is not { } methods || methods.HttpMethods.Contains("GET"))
            .Where(e => !OwnMatrix.Any(prefix => ("/" + e.RoutePattern.RawText!.TrimStart('/')).StartsWith(prefix, StringComparison.Ordinal)))
            .ToList();

        var missing = pages
            .Where(e => !urls.Any(url => RouteRegex(e.RoutePattern).IsMatch(url)))
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/'))
            .ToList();

        Assert.True(pages.Count > 40, $"only {pages.Count} pages were read from the application");
        Assert.True(missing.Count == 0, "Pages without a row in the matrix:\n" + string.Join('\n', missing));
    }

    private static readonly string[] OwnMatrix = ["/api/v1/", "/api/reference", "/openapi/"];

    private static Regex RouteRegex(RoutePattern pattern)
    {
        var segments = pattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
        {
            RoutePatternLiteralPart literal => Regex.Escape(literal.Content),
            RoutePatternSeparatorPart separator => Regex.Escape(separator.Content),
            RoutePatternParameterPart parameter => "(" + Constraint(parameter) + ")" + (parameter.IsOptional ? "?" : ""),
            _ => "[^/]+",
        })));
        return new Regex("^/" + string.Join("/", segments) + "/?$", RegexOptions.IgnoreCase);
    }

    private static string Constraint(RoutePatternParameterPart parameter) =>
        parameter.ParameterPolicies.Select(p => p.Content).FirstOrDefault() switch
        {
            "int" or "long" => @"-?\d+",
            { } policy when policy.StartsWith("regex(", StringComparison.Ordinal) => policy[6..^1].TrimStart('^').TrimEnd('$'),
            _ => "[^/]+",
        };

    [Fact]
    public async Task A_delegate_whose_designation_has_ended_is_refused()
    {
        var account = await portal.CreateAccountAsync(Roles.Delegate, "FRA", twoFactor: true);
        await portal.WithScopeAsync(async services =>
        {
            var users = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions
                .GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<ApplicationUser>>(services);
            var user = (await users.FindByIdAsync(account.Id))!;
            user.DesignatedUntil = new DateOnly(2026, 1, 31);
            await users.UpdateAsync(user);
            return true;
        });
        var client = portal.CreatePortalClient();
        await client.SignInAsync(account);

        var response = await client.GetAsync("/my-administration");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Forbidden_pages_are_friendly_and_leak_nothing()
    {
        var client = await ClientFor(Visitor.Secretariat);

        var response = await client.GetAsync("/audit");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("Access denied", html);
        Assert.DoesNotContain("Exception", html);
    }

    [Fact]
    public async Task An_unknown_address_gets_the_friendly_404_page()
    {
        var response = await portal.CreateClient().GetAsync("/no/such/page");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page not found", html);
    }

    private async Task<PortalClient> ClientFor(Visitor visitor)
    {
        var client = portal.CreatePortalClient();
        TestAccount? account = visitor switch
        {
            Visitor.Delegate => await portal.CreateAccountAsync(Roles.Delegate, "KEN", twoFactor: true),
            Visitor.DelegateWithoutTwoFactor => await portal.CreateAccountAsync(Roles.Delegate, "KEN"),
            Visitor.TsbStaff => await portal.CreateAccountAsync(Roles.TsbStaff),
            Visitor.Secretariat => await portal.CreateAccountAsync(Roles.Secretariat),
            Visitor.Administrator => await portal.CreateAccountAsync(Roles.Administrator),
            _ => null,
        };
        if (account is not null)
        {
            await client.SignInAsync(account);
        }

        return client;
    }
}
