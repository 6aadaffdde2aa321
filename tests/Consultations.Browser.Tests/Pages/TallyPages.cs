using Microsoft.Playwright;

namespace Consultations.Browser.Tests.Pages;

/// <summary>The secretariat's tally.</summary>
public sealed class TallyPage(IPage page)
{
    public Task OpenAsync(int circularId) => page.GotoAsync($"/circulars/{circularId}/tally");

    public Task<string> CellAsync(string recommendation, string column) =>
        page.Locator($"tr[data-text='{recommendation}'] [data-col='{column}']").First.InnerTextAsync();

    public Task<string> StatusAsync() => page.Locator("#tally-status").InnerTextAsync();

    public async Task<byte[]> DownloadAsync(string linkName)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = linkName, Exact = true }).ClickAsync());
        await using var stream = await download.CreateReadStreamAsync();
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer);
        return buffer.ToArray();
    }
}

/// <summary>The plenary's outcome.</summary>
public sealed class OutcomesPage(IPage page)
{
    public Task OpenAsync(int circularId) => page.GotoAsync($"/circulars/{circularId}/outcomes");

    public async Task RecordAsync(int textId, string decision, string? states = null)
    {
        await page.Locator($"#kind-{textId}").SelectOptionAsync(new SelectOptionValue { Label = decision });
        if (states is not null)
        {
            await page.Locator($"#states-{textId}").FillAsync(states);
        }

        await page.Locator($"#outcome-{textId}").Locator("xpath=..").GetByRole(AriaRole.Button, new() { Name = "Record", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/outcomes");
    }

    public ILocator Effective(string recommendation) => page.Locator($"[data-text='{recommendation}'] [data-role='effective']");
}

/// <summary>TSB's page to record the circular that notified the results.</summary>
public sealed class NotificationPage(IPage page)
{
    public Task OpenAsync(int circularId) => page.GotoAsync($"/circulars/{circularId}/notification");

    public async Task RecordAsync(int number, string date)
    {
        await page.GetByLabel("Number of the notifying TSB Circular").FillAsync(number.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByLabel("Its date").FillAsync(date);
        await page.GetByRole(AriaRole.Button, new() { Name = "Record the notification" }).ClickAsync();
        await page.WaitForURLAsync("**/circulars/*");
    }
}
