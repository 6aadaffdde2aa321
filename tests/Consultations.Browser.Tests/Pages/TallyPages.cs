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

    public async Task RecordAsync(int textId, string decision)
    {
        await page.Locator($"#kind-{textId}").SelectOptionAsync(new SelectOptionValue { Label = decision });
        await page.Locator($"#outcome-{textId}").Locator("xpath=..").GetByRole(AriaRole.Button, new() { Name = "Record" }).ClickAsync();
        await page.WaitForURLAsync("**/outcomes");
    }
}
