using Consultations.Browser.Tests.Pages;
using Consultations.Infrastructure.Identity;
using Consultations.Testing;
using Xunit.Abstractions;

namespace Consultations.Browser.Tests;

/// <summary>The pages the journeys do not visit, audited with axe as each role sees them.</summary>
public class Every_page_is_accessible(BrowserPortal portal, BrowserSession browser, ITestOutputHelper output)
    : IClassFixture<BrowserPortal>, IClassFixture<BrowserSession>
{
    [BrowserFact]
    public async Task Pages_of_anonymous_visitors_administrators_TSB_and_delegates_have_no_serious_violation()
    {
        var circular = await Seeds.PublishedCircular104Async(portal);
        var anonymous = await browser.NewPageAsync(portal.BaseUrl);
        foreach (var url in new[] { "/", "/account/sign-in", "/account/forgot-password", "/verify", "/help", "/help/delegate", $"/public/circulars/{circular.Id}", "/no/such/page" })
        {
            await anonymous.GotoAsync(url);
            await BrowserSession.AuditAsync(anonymous, output);
            if (GuidePicture(url) is { } picture)
            {
                await BrowserSession.ScreenshotAsync(anonymous, picture);
            }
        }

        var admin = await portal.CreateAccountAsync(Roles.Administrator);
        var adminPage = await browser.NewPageAsync(portal.BaseUrl);
        await new SignInPage(adminPage).SignInAsync(admin.Email, admin.Password);
        foreach (var url in new[] { "/", "/users", "/users/invite", "/roster", "/roster/FRA/edit", "/audit", "/profile", "/profile/change-password", "/profile/two-factor", "/profile/authenticator" })
        {
            await adminPage.GotoAsync(url);
            await BrowserSession.AuditAsync(adminPage, output);
            if (GuidePicture(url) is { } picture)
            {
                await BrowserSession.ScreenshotAsync(adminPage, picture);
            }
        }

        var tsb = await portal.CreateAccountAsync(Roles.TsbStaff);
        var tsbPage = await browser.NewPageAsync(portal.BaseUrl);
        await new SignInPage(tsbPage).SignInAsync(tsb.Email, tsb.Password);
        foreach (var url in new[] { "/circulars", "/circulars/new", "/circulars/import", $"/circulars/{circular.Id}/amend", $"/circulars/{circular.Id}/record-reply", $"/circulars/{circular.Id}/deliveries", $"/circulars/{circular.Id}/tally/texts/1" })
        {
            await tsbPage.GotoAsync(url);
            await BrowserSession.AuditAsync(tsbPage, output);
            if (GuidePicture(url) is { } picture)
            {
                await BrowserSession.ScreenshotAsync(tsbPage, picture);
            }
        }

        var kenya = await portal.CreateAccountAsync(Roles.Delegate, "KEN", twoFactor: true);
        var delegatePage = await browser.NewPageAsync(portal.BaseUrl);
        await new SignInPage(delegatePage).SignInAsync(kenya.Email, kenya.Password, kenya.AuthenticatorKey);
        foreach (var url in new[] { "/replies", "/my-administration", "/profile/two-factor/required" })
        {
            await delegatePage.GotoAsync(url);
            await BrowserSession.AuditAsync(delegatePage, output);
            if (GuidePicture(url) is { } picture)
            {
                await BrowserSession.ScreenshotAsync(delegatePage, picture);
            }
            await BrowserSession.AssertReflowsAsync(delegatePage);
        }
    }

    /// <summary>The pages the user guides picture (docs/guide/img), by the name of their picture; the others are only audited.</summary>
    private static string? GuidePicture(string url) => url switch
    {
        "/users" or "/roster" or "/audit" => url[1..],
        "/circulars/import" => "import",
        _ when url.EndsWith("/amend", StringComparison.Ordinal) => "amend",
        _ => null,
    };
}
