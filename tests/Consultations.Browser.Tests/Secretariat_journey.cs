using System.Text;
using Consultations.Browser.Tests.Pages;
using Consultations.Domain.Replies;
using Consultations.Infrastructure.Identity;
using Consultations.Infrastructure.Persistence;
using Consultations.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using UglyToad.PdfPig;
using Xunit.Abstractions;

namespace Consultations.Browser.Tests;

public class Secretariat_journey(BrowserPortal portal, BrowserSession browser, ITestOutputHelper output)
    : IClassFixture<BrowserPortal>, IClassFixture<BrowserSession>
{
    [BrowserFact]
    public async Task The_secretariat_follows_circular_104_from_the_replies_to_the_final_tally_and_the_outcome()
    {
        var circular = await Seeds.PublishedCircular104Async(portal);
        await ReplyAsync(circular.Id, "FRA", Opinion.AssignsAuthorityNoComments);
        await ReplyAsync(circular.Id, "DEU", Opinion.AssignsAuthorityWithComments);
        await ReplyAsync(circular.Id, "CHN", Opinion.DoesNotAssignAuthority);
        var secretariat = await portal.CreateAccountAsync(Roles.Secretariat);
        var page = await browser.NewPageAsync(portal.BaseUrl);
        await new SignInPage(page).SignInAsync(secretariat.Email, secretariat.Password);

        var tally = new TallyPage(page);
        await tally.OpenAsync(circular.Id);
        Assert.Equal("1", await tally.CellAsync("X.1280", "no-comments"));
        Assert.Equal("1", await tally.CellAsync("X.1280", "with-comments"));
        Assert.Equal("1", await tally.CellAsync("X.1280", "not-supporting"));
        Assert.Equal("191", await tally.CellAsync("X.1280", "not-replied"));
        Assert.Contains("not authorized", await tally.CellAsync("X.1280", "decision"));
        Assert.Contains("provisional", await tally.StatusAsync());
        await BrowserSession.AuditAsync(page, output);
        await BrowserSession.ScreenshotAsync(page, "tally");
        await BrowserSession.AssertReflowsAsync(page);
        var header = (await page.Locator("header nav > div").BoundingBoxAsync())!;
        var content = (await page.Locator("main").BoundingBoxAsync())!;
        Assert.Equal(content.X, header.X, 1.0);
        Assert.Equal(content.Width, header.Width, 1.0);

        portal.Clock.SetUtcNow(new DateTimeOffset(2026, 5, 21, 0, 0, 1, TimeSpan.Zero));
        await portal.RunDeadlineTasksAsync();
        await new SignInPage(page).SignInAsync(secretariat.Email, secretariat.Password);
        await tally.OpenAsync(circular.Id);
        Assert.Contains("final", await tally.StatusAsync());
        await Assertions.Expect(page.Locator("#snapshots-heading")).ToBeVisibleAsync();
        await BrowserSession.AuditAsync(page, output);

        var csv = Encoding.UTF8.GetString((await tally.DownloadAsync("CSV"))[3..]);
        Assert.StartsWith("Text,Title,", csv);
        Assert.Contains("X.1280,Framework for out-of-band mutual authentication using mobile devices,1,1,2,1,", csv);
        using (var pdf = PdfDocument.Open(await tally.DownloadAsync("Report (PDF)")))
        {
            Assert.Contains("Tally of TSB Circular 104", string.Join(" ", pdf.GetPages().Select(p => p.Text)));
        }

        portal.Clock.SetUtcNow(new DateTimeOffset(2026, 6, 2, 9, 0, 0, TimeSpan.Zero));
        await new SignInPage(page).SignInAsync(secretariat.Email, secretariat.Password);
        var outcomes = new OutcomesPage(page);
        await outcomes.OpenAsync(circular.Id);
        await BrowserSession.AuditAsync(page, output);
        await outcomes.RecordAsync(2, "Approved");
        await Assertions.Expect(page.Locator("#notice")).ToContainTextAsync("X.1286");

        await page.GotoAsync($"/circulars/{circular.Id}");
        await Assertions.Expect(page.Locator("#final-results")).ToContainTextAsync("Approved");
        await BrowserSession.AuditAsync(page, output);
    }

    private Task ReplyAsync(int circularId, string state, Opinion opinion) =>
        portal.WithDbAsync(async db =>
        {
            var circular = await db.Circulars.SingleAsync(c => c.Id == circularId);
            var reply = Reply.Start(circular, await db.MemberStates.SingleAsync(m => m.Code == state));
            reply.Submit(circular, new ReplySubmission(
                circular.Texts.Select(t => t.Id == 1
                    ? new TextOpinion(t.Id, opinion, opinion == Opinion.AssignsAuthorityNoComments ? null : "Comments of " + state)
                    : new TextOpinion(t.Id, Opinion.AssignsAuthorityNoComments)).ToList(), [],
                new Signatory("Official of " + state, "Director", "Capital", new DateOnly(2026, 3, 1)), ReplyChannel.Email, "seed", "Seed",
                new DateTime(2026, 3, 1, 10, 0, 0, DateTimeKind.Utc)), new DateTime(2026, 3, 1, 10, 0, 0, DateTimeKind.Utc));
            db.Replies.Add(reply);
            await db.SaveChangesAsync();
        });
}
