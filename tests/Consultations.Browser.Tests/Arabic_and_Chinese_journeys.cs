using Consultations.Domain.Circulars;
using Consultations.Domain.Import;
using Consultations.Infrastructure.Identity;
using Consultations.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Consultations.Browser.Tests;

/// <summary>
/// A delegate and the secretariat in Arabic (right to left) and in Chinese: sign in, reply, receipt, tally; each page
/// audited with axe and pictured. The steps find fields by their ids, not by English labels.
/// </summary>
public class Arabic_and_Chinese_journeys(BrowserPortal portal, BrowserSession browser, ITestOutputHelper output)
    : IClassFixture<BrowserPortal>, IClassFixture<BrowserSession>
{
    [BrowserFact]
    public async Task A_delegate_of_Egypt_replies_in_Arabic_right_to_left_and_the_secretariat_reads_the_tally()
    {
        var circular = await Seeds.PublishedCircular104Async(portal);
        var egypt = await portal.CreateAccountAsync(Roles.Delegate, "EGY", twoFactor: true);
        var page = await browser.NewPageAsync(portal.BaseUrl);

        await ChooseLanguageAsync(page, "ar");
        await SignInAsync(page, egypt);
        await page.GotoAsync($"/circulars/{circular.Id}");
        Assert.Equal("rtl", await page.Locator("html").GetAttributeAsync("dir"));
        Assert.Equal("ar", await page.Locator("html").GetAttributeAsync("lang"));
        // Bootstrap's right-to-left sheet lays the page out: the navigation starts on the right.
        var brand = await page.Locator(".navbar-brand").BoundingBoxAsync();
        Assert.True(brand!.X > 640, $"The brand sits at x={brand.X}: the page is not laid out right to left.");
        await BrowserSession.AuditAsync(page, output);
        await BrowserSession.AssertReflowsAsync(page);
        await BrowserSession.ScreenshotAsync(page, "arabic-circular");

        await page.GotoAsync($"/replies/{circular.Id}");
        Assert.Contains("مصر", await page.Locator("h1").InnerTextAsync());
        await NoCommentsOnEveryTextAsync(page);

        await BrowserSession.AuditAsync(page, output);
        await BrowserSession.ScreenshotAsync(page, "arabic-reply-form");
        await ReviewAsync(page);
        await SubmitAsync(page);
        Assert.Equal("C104-2026-EGY-v1", await page.Locator("#receipt-reference").InnerTextAsync());
        await BrowserSession.AuditAsync(page, output);
        await BrowserSession.AssertReflowsAsync(page);
        await BrowserSession.ScreenshotAsync(page, "arabic-receipt");

        var secretariat = await portal.CreateAccountAsync(Roles.Secretariat);
        var tally = await browser.NewPageAsync(portal.BaseUrl);
        await ChooseLanguageAsync(tally, "ar");
        await SignInAsync(tally, secretariat);
        var shown = await tally.GotoAsync($"/circulars/{circular.Id}/tally");
        Assert.Equal(200, shown!.Status);
        Assert.Equal("rtl", await tally.Locator("html").GetAttributeAsync("dir"));
        Assert.Contains("حصيلة الرسالة المعممة", await tally.Locator("h1").InnerTextAsync());
        await BrowserSession.AuditAsync(tally, output);
        await BrowserSession.AssertReflowsAsync(tally);
        await BrowserSession.ScreenshotAsync(tally, "arabic-tally");
    }

    [BrowserFact]
    public async Task A_delegate_of_China_reads_the_Chinese_titles_in_the_reply_form_and_on_the_receipt()
    {
        var circular = await WithChineseTitlesAsync(await Seeds.PublishedCircular104Async(portal));
        var china = await portal.CreateAccountAsync(Roles.Delegate, "CHN", twoFactor: true);
        var page = await browser.NewPageAsync(portal.BaseUrl);

        await ChooseLanguageAsync(page, "zh");
        await SignInAsync(page, china);
        await page.GotoAsync($"/replies/{circular.Id}");
        Assert.Equal("zh", await page.Locator("html").GetAttributeAsync("lang"));
        var firstTitle = page.Locator("#row-0 [lang=zh]").First;
        Assert.Equal(ChineseTitle(circular, 0), (await firstTitle.InnerTextAsync()).Trim());
        await NoCommentsOnEveryTextAsync(page);

        await BrowserSession.AuditAsync(page, output);
        await BrowserSession.ScreenshotAsync(page, "chinese-reply-form");
        await ReviewAsync(page);
        Assert.Contains(ChineseTitle(circular, 0), await page.Locator("main").InnerTextAsync());
        await SubmitAsync(page);
        Assert.Equal("C104-2026-CHN-v1", await page.Locator("#receipt-reference").InnerTextAsync());
        await BrowserSession.AuditAsync(page, output);
        await BrowserSession.ScreenshotAsync(page, "chinese-receipt");

        await page.GotoAsync($"/circulars/{circular.Id}");
        await BrowserSession.AuditAsync(page, output);
        await BrowserSession.ScreenshotAsync(page, "chinese-circular");
    }

    private static async Task NoCommentsOnEveryTextAsync(IPage page)
    {
        var noComments = page.Locator("input[data-choice][value=NoComments]");
        for (var i = 0; i < await noComments.CountAsync(); i++)
        {
            await noComments.Nth(i).CheckAsync();
        }
    }

    private static async Task ReviewAsync(IPage page)
    {
        await page.Locator("button[name=intent][value=Review]").ClickAsync();
        await page.WaitForURLAsync("**/confirm");
    }

    private static async Task SubmitAsync(IPage page)
    {
        await page.Locator("main form button[type=submit]").Last.ClickAsync();
        await page.WaitForURLAsync("**/versions/*");
    }

    private static async Task ChooseLanguageAsync(IPage page, string language)
    {
        await page.GotoAsync("/account/sign-in");
        await page.Locator("#language-select").SelectOptionAsync(language);
        await page.Locator("form:has(#language-select) button[type=submit]").ClickAsync();
        await page.WaitForLoadStateAsync();
        Assert.Equal(language, await page.Locator("html").GetAttributeAsync("lang"));
    }

    private static async Task SignInAsync(IPage page, TestAccount account)
    {
        await page.GotoAsync("/account/sign-in");
        await page.Locator("#Email").FillAsync(account.Email);
        await page.Locator("#Password").FillAsync(account.Password);
        await page.Locator("main form button[type=submit]").ClickAsync();
        if (account.AuthenticatorKey is not null)
        {
            await page.WaitForURLAsync("**/account/two-factor**");
            await page.Locator("#Code").FillAsync(AuthenticatorCodes.Next(account.AuthenticatorKey));
            await page.Locator("main form button[type=submit]").ClickAsync();
        }

        await page.WaitForURLAsync(url => !url.Contains("/account/", StringComparison.Ordinal));
    }

    private async Task<Circular> WithChineseTitlesAsync(Circular circular)
    {
        var chinese = CircularParser.Parse(SampleDocuments.Read("tsb-circular-104-2026-zh.txt"));
        await portal.WithDbAsync(async db =>
        {
            var stored = await db.Circulars.Include(c => c.Texts).SingleAsync(c => c.Id == circular.Id);
            foreach (var translated in chinese.Texts)
            {
                if (stored!.Texts.FirstOrDefault(t => t.Recommendation == translated.Recommendation) is { } text)
                {
                    stored.SetTranslation(text, new TextTranslation("zh", translated.Title, translated.Summary));
                }
            }

            await db.SaveChangesAsync();
            circular = stored!;
        });
        return circular;
    }

    private static string ChineseTitle(Circular circular, int position) =>
        circular.Texts.OrderBy(t => t.Position).ElementAt(position).TitleIn("zh");
}
