using Consultations.Browser.Tests.Pages;
using Consultations.Infrastructure.Identity;
using Consultations.Testing;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Consultations.Browser.Tests;

/// <summary>The delegate's journey again, without the mouse: Tab, arrow keys, Space and Enter only.</summary>
public class Keyboard_journey(BrowserPortal portal, BrowserSession browser, ITestOutputHelper output)
    : IClassFixture<BrowserPortal>, IClassFixture<BrowserSession>
{
    [BrowserFact]
    public async Task A_delegate_replies_with_the_keyboard_alone()
    {
        var circular = await Seeds.PublishedCircular104Async(portal);
        var france = await portal.CreateAccountAsync(Roles.Delegate, "FRA", twoFactor: true);
        var page = await browser.NewPageAsync(portal.BaseUrl);

        await new SignInPage(page).SignInWithKeyboardAsync(france.Email, france.Password, france.AuthenticatorKey!);
        await page.GotoAsync($"/circulars/{circular.Id}");
        await Keyboard.TabToAsync(page, "a[href='/replies/" + circular.Id + "'].btn");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync($"**/replies/{circular.Id}");

        await Keyboard.TabToAsync(page, "[data-fill-all]");
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal(11, await page.Locator("input[data-choice][value=NoComments]:checked").CountAsync());

        await Keyboard.TabToAsync(page, "#Rows_1_Choice_NoComments");
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("ArrowDown");
        await Keyboard.TabToAsync(page, "#Rows_1_Comment");
        await page.Keyboard.TypeAsync("Reasons typed at the keyboard.");
        await Keyboard.TabToAsync(page, "button[value=Review]");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/confirm");
        await BrowserSession.AuditAsync(page, output);

        await Keyboard.TabToAsync(page, "main form button[type=submit]");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/versions/1");

        await Assertions.Expect(page.Locator("#receipt-reference")).ToHaveTextAsync("C104-2026-FRA-v1");
        await Assertions.Expect(page.Locator("tbody tr").Nth(1)).ToContainTextAsync("does not assign authority");
        await Assertions.Expect(page.Locator("tbody tr").Nth(1)).ToContainTextAsync("Reasons typed at the keyboard.");
    }
}
