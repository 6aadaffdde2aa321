using Consultations.Browser.Tests.Pages;
using Consultations.Infrastructure.Identity;
using Consultations.Testing;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Consultations.Browser.Tests;

public class Tsb_journey(BrowserPortal portal, BrowserSession browser, ITestOutputHelper output)
    : IClassFixture<BrowserPortal>, IClassFixture<BrowserSession>
{
    [BrowserFact]
    public async Task TSB_imports_circular_104_corrects_a_title_publishes_it_and_the_delegates_are_notified()
    {
        await portal.CreateAccountAsync(Roles.Delegate, "FRA", email: "france.delegate@example.org");
        await portal.CreateAccountAsync(Roles.Delegate, "KEN", email: "kenya.delegate@example.org");
        var tsb = await portal.CreateAccountAsync(Roles.TsbStaff);
        var page = await browser.NewPageAsync(portal.BaseUrl);

        await new SignInPage(page).SignInAsync(tsb.Email, tsb.Password);
        await BrowserSession.AuditAsync(page, output);

        var import = new ImportPage(page);
        await import.UploadAsync("tsb-circular-104.docx", SampleDocuments.Docx(SampleDocuments.Read("tsb-circular-104-2026-en.txt")));
        Assert.Equal("Framework for out-of-band mutual authentication using mobile devices", await import.TextTitle(0).InputValueAsync());
        await BrowserSession.AuditAsync(page, output);
        await import.TextTitle(0).FillAsync("Framework for out-of-band mutual authentication using mobile devices (corrected)");
        await import.SaveAsync();
        await BrowserSession.AuditAsync(page, output);

        await new PublishPage(page).PublishAsync();
        await BrowserSession.AuditAsync(page, output);
        await BrowserSession.ScreenshotAsync(page, "circular-page-tsb");
        var circularUrl = page.Url;

        var visitor = await browser.NewPageAsync(portal.BaseUrl);
        await visitor.GotoAsync(circularUrl.Replace("/circulars/", "/public/circulars/", StringComparison.Ordinal));
        await Assertions.Expect(visitor.Locator("h1")).ToContainTextAsync("TSB Circular 104");
        await Assertions.Expect(visitor.Locator("#t1")).ToContainTextAsync("(corrected)");
        await BrowserSession.AuditAsync(visitor, output);
        await BrowserSession.AssertReflowsAsync(visitor);

        while (await portal.DeliverAsync() > 0)
        {
        }

        var notices = portal.Received().Where(m => m.Subject!.Contains("TSB Circular 104", StringComparison.Ordinal)).Select(m => m.To.Mailboxes.Single().Address).Order().ToList();
        Assert.Equal(["france.delegate@example.org", "kenya.delegate@example.org"], notices);
    }
}
