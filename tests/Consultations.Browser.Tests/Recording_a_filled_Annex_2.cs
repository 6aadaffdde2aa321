using Consultations.Domain.Replies;
using Consultations.Infrastructure.Documents;
using Consultations.Infrastructure.Documents.Letters;
using Consultations.Infrastructure.Identity;
using Consultations.Infrastructure.Pdf;
using Consultations.Browser.Tests.Pages;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Consultations.Browser.Tests;

/// <summary>TSB records a reply that came by e-mail as a filled Annex 2: read into the form, checked, recorded.</summary>
public class Recording_a_filled_Annex_2(BrowserPortal portal, BrowserSession browser, ITestOutputHelper output)
    : IClassFixture<BrowserPortal>, IClassFixture<BrowserSession>
{
    [BrowserFact]
    public async Task TSB_reads_the_form_sees_what_to_enter_by_hand_and_records_the_reply()
    {
        var circular = await Seeds.PublishedCircular104Async(portal);
        var texts = circular.ActiveTexts.ToList();
        var filled = WordDocument.Write(new PdfReport("Annex 2", "Annex 2", [.. AnnexTwoForm.Compose(circular, LetterWording.For("en")!, new AnnexTwoContent(
            "Kenya",
            texts.Take(texts.Count - 1).ToDictionary(t => t.Id, t => new AnnexTwoOpinion(t.Position == 2 ? Opinion.DoesNotAssignAuthority : Opinion.AssignsAuthorityNoComments, t.Position == 2 ? "The scope overlaps X.1252." : null)),
            "Amina Odhiambo",
            "Director, Standards",
            "Nairobi",
            new DateOnly(2026, 5, 18)))]));
        var tsb = await portal.CreateAccountAsync(Roles.TsbStaff);
        var page = await browser.NewPageAsync(portal.BaseUrl);
        await new SignInPage(page).SignInAsync(tsb.Email, tsb.Password);

        await page.GotoAsync($"{portal.BaseUrl}/circulars/{circular.Id}");
        await Assertions.Expect(page.Locator("[data-document=letter-docx-en]")).ToBeVisibleAsync();
        await BrowserSession.ScreenshotAsync(page, "circular-documents");
        await page.GotoAsync($"{portal.BaseUrl}/circulars/{circular.Id}/record-reply");
        await page.Locator("#Form_MemberStateCode").SelectOptionAsync("KEN");
        await page.SetInputFilesAsync("#Form_Original", new FilePayload { Name = "kenya-annex-2.docx", MimeType = "application/octet-stream", Buffer = filled });
        await page.GetByRole(AriaRole.Button, new() { Name = "Read the choices from this Annex 2" }).ClickAsync();

        await Assertions.Expect(page.Locator("#annex-reading")).ToContainTextAsync($"{texts[^1].DisplayNumber}: no box ticked");
        await Assertions.Expect(page.Locator("#Rows_1_Choice_DoesNotAssign")).ToBeCheckedAsync();
        await Assertions.Expect(page.Locator("#Rows_1_Comment")).ToHaveValueAsync("The scope overlaps X.1252.");
        await Assertions.Expect(page.Locator("#kept-original")).ToContainTextAsync("kenya-annex-2.docx");
        await BrowserSession.AuditAsync(page, output);
        await BrowserSession.ScreenshotAsync(page, "record-reply-read-annex-2");

        await page.Locator("#Form_ReceivedOn").FillAsync("2026-03-01");
        await page.Locator("#Form_ReceivedAt").FillAsync("09:30");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record the reply" }).ClickAsync();
        await BrowserSession.ScreenshotAsync(page, "record-reply-recorded");

        await Assertions.Expect(page.Locator("[role=status]").First).ToContainTextAsync("is recorded");
    }
}
