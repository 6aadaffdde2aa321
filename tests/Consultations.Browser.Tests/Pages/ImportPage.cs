using Microsoft.Playwright;

namespace Consultations.Browser.Tests.Pages;

/// <summary>Circulars → Import: upload, then the editable preview.</summary>
public sealed class ImportPage(IPage page)
{
    public async Task UploadAsync(string fileName, byte[] content)
    {
        await page.GotoAsync("/circulars/import");
        await page.GetByLabel("The circular as a .docx, .pdf or .txt file").SetInputFilesAsync(new FilePayload { Name = fileName, MimeType = "application/octet-stream", Buffer = content });
        await page.GetByRole(AriaRole.Button, new() { Name = "Read the circular" }).ClickAsync();
        await page.WaitForURLAsync("**/circulars/import");
    }

    public ILocator TextTitle(int index) => page.Locator($"#Texts_{index}__Title");

    public ILocator Warnings => page.Locator(".alert-warning li");

    public async Task SaveAsync()
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Save as a draft circular" }).ClickAsync();
        await page.WaitForURLAsync("**/circulars/*/edit");
    }
}

/// <summary>A draft circular's page and its publish confirmation.</summary>
public sealed class PublishPage(IPage page)
{
    public async Task PublishAsync()
    {
        await page.GetByRole(AriaRole.Link, new() { Name = "Publish…" }).ClickAsync();
        await page.WaitForURLAsync("**/publish");
        var shortNotice = page.GetByLabel("Reason for publishing with less than three months' notice");
        if (await shortNotice.CountAsync() > 0)
        {
            await shortNotice.FillAsync("The study group fixed its meeting dates late");
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Publish and notify the delegates" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.EndsWith("/publish", StringComparison.Ordinal));
    }
}
