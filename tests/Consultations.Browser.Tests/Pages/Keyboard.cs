using Microsoft.Playwright;

namespace Consultations.Browser.Tests.Pages;

public static class Keyboard
{
    /// <summary>Presses Tab until the element is focused, as a keyboard user would; fails if it is never reached.</summary>
    public static async Task TabToAsync(IPage page, string selector, int maxPresses = 400)
    {
        for (var i = 0; i < maxPresses; i++)
        {
            if (await page.EvaluateAsync<bool>("s => document.activeElement === document.querySelector(s)", selector))
            {
                return;
            }

            await page.Keyboard.PressAsync("Tab");
        }

        Assert.Fail($"{selector} could not be reached with the Tab key on {page.Url}");
    }
}
