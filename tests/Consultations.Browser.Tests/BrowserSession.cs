using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Consultations.Browser.Tests;

/// <summary>Debian's Chromium driven by Playwright; audits every page it is asked to with axe (WCAG 2.2 A and AA).</summary>
public sealed class BrowserSession : IAsyncLifetime
{
    private IPlaywright? playwright;

    public IBrowser Browser { get; private set; } = null!;

    public static string ScreenshotDirectory { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public async Task InitializeAsync()
    {
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = BrowserFactAttribute.ChromiumPath,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        Directory.CreateDirectory(ScreenshotDirectory);
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        playwright?.Dispose();
    }

    public async Task<IPage> NewPageAsync(string baseUrl, int width = 1280)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseUrl,
            ViewportSize = new ViewportSize { Width = width, Height = 900 },
            AcceptDownloads = true,
            Locale = "en-GB",
            TimezoneId = "Europe/Paris",
        });
        return await context.NewPageAsync();
    }

    /// <summary>Fails on any serious or critical violation; prints the others.</summary>
    public static async Task AuditAsync(IPage page, ITestOutputHelper output)
    {
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
        });
        var blocking = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        foreach (var violation in result.Violations)
        {
            output.WriteLine($"axe {violation.Impact} {violation.Id} on {page.Url}: {violation.Help} ({violation.Nodes.Length} nodes: {string.Join(" | ", violation.Nodes.Take(3).Select(n => string.Join(",", n.Target)))})");
        }

        Assert.True(blocking.Count == 0, $"{page.Url}: " + string.Join("; ", blocking.Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(" | ", v.Nodes.Take(3).Select(n => string.Join(",", n.Target)))}")));
    }

    /// <summary>At 320 CSS pixels (the width of 1280 at 400% zoom) the page must not scroll sideways.</summary>
    public static async Task AssertReflowsAsync(IPage page)
    {
        var original = page.ViewportSize!;
        await page.SetViewportSizeAsync(320, 800);
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        await page.SetViewportSizeAsync(original.Width, original.Height);
        Assert.True(overflow <= 1, $"{page.Url} scrolls sideways by {overflow}px at 320 CSS pixels");
    }

    /// <summary>
    /// The whole page as a PNG, and its first screenfuls as a compact JPEG (the form the user guides in docs/guide/img
    /// take: small enough to keep in the repository and in the portal's assembly).
    /// </summary>
    public static async Task ScreenshotAsync(IPage page, string name)
    {
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotDirectory, name + ".png"), FullPage = true });
        var height = await page.EvaluateAsync<int>("() => document.documentElement.scrollHeight");
        var width = page.ViewportSize!.Width;
        await page.ScreenshotAsync(new PageScreenshotOptions
        {
            Path = Path.Combine(ScreenshotDirectory, name + ".jpg"),
            Type = ScreenshotType.Jpeg,
            Quality = 70,
            FullPage = true,
            Clip = new Clip { X = 0, Y = 0, Width = width, Height = Math.Min(height, 1500) },
        });
    }
}
