using Microsoft.Playwright;
using Consultations.Testing;

namespace Consultations.Browser.Tests.Pages;

public sealed class SignInPage(IPage page)
{
    public async Task SignInAsync(string email, string password, string? authenticatorKey = null)
    {
        await page.GotoAsync("/account/sign-in");
        await page.GetByLabel("E-mail address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.Locator("main").GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        if (authenticatorKey is not null)
        {
            await page.WaitForURLAsync("**/account/two-factor**");
            await page.GetByLabel("Authentication code").FillAsync(TotpCode(authenticatorKey));
            await page.GetByRole(AriaRole.Button, new() { Name = "Verify" }).ClickAsync();
        }

        await page.WaitForURLAsync(url => !url.Contains("/account/", StringComparison.Ordinal));
    }

    /// <summary>Signing in with the keyboard only: the fields are reached with Tab, the form sent with Enter.</summary>
    public async Task SignInWithKeyboardAsync(string email, string password, string authenticatorKey)
    {
        await page.GotoAsync("/account/sign-in");
        await Keyboard.TabToAsync(page, "#Email");
        await page.Keyboard.TypeAsync(email);
        await Keyboard.TabToAsync(page, "#Password");
        await page.Keyboard.TypeAsync(password);
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/account/two-factor**");
        await Keyboard.TabToAsync(page, "#Code");
        await page.Keyboard.TypeAsync(TotpCode(authenticatorKey));
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(url => !url.Contains("/account/", StringComparison.Ordinal));
    }

    private static string TotpCode(string key) => AuthenticatorCodes.Next(key);
}
