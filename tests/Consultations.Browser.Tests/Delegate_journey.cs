using Consultations.Browser.Tests.Pages;
using Consultations.Infrastructure.Identity;
using Consultations.Testing;
using Microsoft.Playwright;
using UglyToad.PdfPig;
using Xunit.Abstractions;

namespace Consultations.Browser.Tests;

public class Delegate_journey(BrowserPortal portal, BrowserSession browser, ITestOutputHelper output)
    : IClassFixture<BrowserPortal>, IClassFixture<BrowserSession>
{
    [BrowserFact]
    public async Task The_delegate_of_France_replies_revises_and_Kenya_cannot_open_the_reply()
    {
        var circular = await Seeds.PublishedCircular104Async(portal);
        var france = await portal.CreateAccountAsync(Roles.Delegate, "FRA", twoFactor: true);
        var page = await browser.NewPageAsync(portal.BaseUrl);

        await new SignInPage(page).SignInAsync(france.Email, france.Password, france.AuthenticatorKey);
        await page.GotoAsync($"/circulars/{circular.Id}");
        await BrowserSession.AuditAsync(page, output);
        await BrowserSession.AssertReflowsAsync(page);
        await BrowserSession.ScreenshotAsync(page, "circular-page");
        await page.GetByRole(AriaRole.Link, new() { Name = "Reply now" }).ClickAsync();

        var form = new ReplyFormPage(page);
        await form.SameOpinionForAllAsync("No comments or suggested changes");
        Assert.Equal(11, await page.Locator("input[data-choice][value=NoComments]:checked").CountAsync());
        await form.ChooseAsync(1, "DoesNotAssign");
        await form.CommentAsync(1, "The access control model overlaps X.1252; we propose merging clauses 6 and 7.");
        await form.ChooseAsync(2, "WithComments");
        await form.AttachAsync(2, "comments-X.1821.pdf", Seeds.Pdf);
        await BrowserSession.AuditAsync(page, output);
        await BrowserSession.ScreenshotAsync(page, "reply-form");
        await BrowserSession.AssertReflowsAsync(page);

        await form.ChooseAsync(0, "DoesNotAssign");
        await form.ReviewExpectingErrorsAsync();
        Assert.EndsWith($"/replies/{circular.Id}", page.Url);
        Assert.Equal(1, await page.Locator("fieldset.border-danger").CountAsync());
        Assert.Contains("border-danger", await page.Locator("#row-0").GetAttributeAsync("class"));
        Assert.Equal("true", await page.Locator("#Rows_0_Comment").GetAttributeAsync("aria-invalid"));
        Assert.Equal("false", await page.Locator("#Rows_1_Comment").GetAttributeAsync("aria-invalid"));
        Assert.False(string.IsNullOrWhiteSpace(await page.Locator("#Rows_0_Comment-error").TextContentAsync()));
        await BrowserSession.AuditAsync(page, output);
        await BrowserSession.ScreenshotAsync(page, "reply-form-error");
        await form.ChooseAsync(0, "NoComments");
        await form.ReviewAsync();
        await BrowserSession.AuditAsync(page, output);

        var receipt = new ReceiptPage(page);
        await receipt.SubmitAsync();
        Assert.Equal("C104-2026-FRA-v1", await receipt.ReferenceAsync());
        await BrowserSession.AuditAsync(page, output);
        await BrowserSession.ScreenshotAsync(page, "receipt");
        await BrowserSession.AssertReflowsAsync(page);
        using (var pdf = PdfDocument.Open(await receipt.DownloadPdfAsync()))
        {
            var text = string.Join(" ", pdf.GetPages().Select(p => p.Text));
            Assert.Contains("C104-2026-FRA-v1", text);
            Assert.Contains(await receipt.DigestAsync(), text);
            Assert.Contains("comments-X.1821.pdf", text);
        }

        await form.OpenAsync(circular.Id);
        await form.ChooseAsync(3, "DoesNotAssign");
        await form.CommentAsync(3, "Clause 8 needs a threat model.");
        await form.ReviewAsync();
        await receipt.SubmitAsync();
        Assert.Equal("C104-2026-FRA-v2", await receipt.ReferenceAsync());
        Assert.Equal(2, await receipt.Versions.CountAsync());

        var kenya = await portal.CreateAccountAsync(Roles.Delegate, "KEN", twoFactor: true);
        var kenyaPage = await browser.NewPageAsync(portal.BaseUrl);
        await new SignInPage(kenyaPage).SignInAsync(kenya.Email, kenya.Password, kenya.AuthenticatorKey);
        var response = await kenyaPage.GotoAsync($"/replies/{circular.Id}/versions/1");
        Assert.Equal(404, response!.Status);
        await Assertions.Expect(kenyaPage.Locator("h1")).ToHaveTextAsync("Page not found");
        await BrowserSession.AuditAsync(kenyaPage, output);
    }
}
