using Microsoft.Playwright;

namespace Consultations.Browser.Tests.Pages;

/// <summary>The Annex 2 reply form.</summary>
public sealed class ReplyFormPage(IPage page)
{
    public Task OpenAsync(int circularId) => page.GotoAsync($"/replies/{circularId}");

    public async Task SameOpinionForAllAsync(string choiceLabel)
    {
        await page.GetByLabel("Same opinion for all texts").SelectOptionAsync(new SelectOptionValue { Label = choiceLabel });
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply to all texts" }).ClickAsync();
    }

    public Task ChooseAsync(int row, string choice) => page.Locator($"#Rows_{row}_Choice_{choice}").CheckAsync();

    public Task CommentAsync(int row, string text) => page.Locator($"#Rows_{row}_Comment").FillAsync(text);

    public Task AttachAsync(int row, string fileName, byte[] content) =>
        page.Locator($"#Rows_{row}_Files").SetInputFilesAsync(new FilePayload { Name = fileName, MimeType = "application/pdf", Buffer = content });

    /// <summary>Asks for review when the form is not complete: the form comes back with its errors.</summary>
    public async Task ReviewExpectingErrorsAsync()
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Review and submit…" }).ClickAsync();
        await page.WaitForLoadStateAsync();
    }

    public async Task ReviewAsync()
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Review and submit…" }).ClickAsync();
        await page.WaitForURLAsync("**/confirm");
    }
}

/// <summary>The confirmation summary, then the receipt.</summary>
public sealed class ReceiptPage(IPage page)
{
    public async Task SubmitAsync()
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit the reply" }).ClickAsync();
        await page.WaitForURLAsync("**/versions/*");
    }

    public Task<string> ReferenceAsync() => page.Locator("#receipt-reference").InnerTextAsync();

    public Task<string> DigestAsync() => page.Locator("#receipt-digest").InnerTextAsync();

    public async Task<byte[]> DownloadPdfAsync()
    {
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Download the receipt (PDF)" }).ClickAsync());
        await using var stream = await download.CreateReadStreamAsync();
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer);
        return buffer.ToArray();
    }

    public ILocator Versions => page.Locator("#versions tbody tr");
}
