using Consultations.Browser.Tests.Pages;
using Consultations.Domain.Replies;
using Consultations.Infrastructure.Identity;
using Consultations.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Consultations.Browser.Tests;

public class After_the_meeting_journey(BrowserPortal portal, BrowserSession browser, ITestOutputHelper output)
    : IClassFixture<BrowserPortal>, IClassFixture<BrowserSession>
{
    [BrowserFact]
    public async Task TSB_extends_the_deadline_the_meeting_decides_four_weeks_pass_and_TSB_records_the_notification()
    {
        var circular = await Seeds.PublishedCircular104Async(portal);
        foreach (var state in new[] { "FRA", "DEU", "KEN" })
        {
            await ReplyAsync(circular.Id, state);
        }

        var tsb = await portal.CreateAccountAsync(Roles.TsbStaff);
        var secretariat = await portal.CreateAccountAsync(Roles.Secretariat);
        var page = await browser.NewPageAsync(portal.BaseUrl);
        await new SignInPage(page).SignInAsync(tsb.Email, tsb.Password);
        await page.GotoAsync($"/circulars/{circular.Id}/amend");
        await BrowserSession.AuditAsync(page, output);
        await page.GetByLabel("New deadline (2359 hours UTC on this day)").FillAsync("2026-05-22");
        await page.Locator("#extend-heading").Locator("xpath=..").GetByLabel("Reason").FillAsync("Public holiday in Geneva on 21 May");
        await page.GetByRole(AriaRole.Button, new() { Name = "Extend", Exact = true }).ClickAsync();
        await page.WaitForURLAsync($"**/circulars/{circular.Id}");
        await Assertions.Expect(page.Locator("#amendments-heading + ol")).ToContainTextAsync("2026-05-20 -> 2026-05-22");

        portal.Clock.SetUtcNow(new DateTimeOffset(2026, 6, 2, 9, 0, 0, TimeSpan.Zero));
        await portal.RunDeadlineTasksAsync();
        page = await browser.NewPageAsync(portal.BaseUrl);
        await new SignInPage(page).SignInAsync(secretariat.Email, secretariat.Password);
        var outcomes = new OutcomesPage(page);
        await outcomes.OpenAsync(circular.Id);
        await outcomes.RecordAsync(1, "Approved with reservations", "FRA: Reservation on clause 7");
        await outcomes.RecordAsync(2, "More time requested", "DEU");
        await Assertions.Expect(outcomes.Effective("X.1286")).ToContainTextAsync("More time requested");
        await BrowserSession.AuditAsync(page, output);

        portal.Clock.SetUtcNow(new DateTimeOffset(2026, 7, 9, 9, 0, 0, TimeSpan.Zero));
        page = await browser.NewPageAsync(portal.BaseUrl);
        await new SignInPage(page).SignInAsync(secretariat.Email, secretariat.Password);
        await Assertions.Expect(page.Locator("#overdue-notifications")).ToContainTextAsync("X.1280");
        outcomes = new OutcomesPage(page);
        await outcomes.OpenAsync(circular.Id);
        await Assertions.Expect(outcomes.Effective("X.1286")).ToContainTextAsync("Approved (Res. 1, 9.5)");
        await Assertions.Expect(outcomes.Effective("X.1280")).ToContainTextAsync("Approved with reservations");
        await BrowserSession.ScreenshotAsync(page, "outcomes");

        page = await browser.NewPageAsync(portal.BaseUrl);
        await new SignInPage(page).SignInAsync(tsb.Email, tsb.Password);
        var notification = new NotificationPage(page);
        await notification.OpenAsync(circular.Id);
        await BrowserSession.AuditAsync(page, output);
        await notification.RecordAsync(150, "2026-07-09");
        await Assertions.Expect(page.Locator("#life")).ToContainTextAsync("result notified by TSB Circular 150");
        await BrowserSession.AuditAsync(page, output);
        await BrowserSession.ScreenshotAsync(page, "circular-life");
    }

    private Task ReplyAsync(int circularId, string state) =>
        portal.WithDbAsync(async db =>
        {
            var circular = await db.Circulars.SingleAsync(c => c.Id == circularId);
            var reply = Reply.Start(circular, await db.MemberStates.SingleAsync(m => m.Code == state));
            var received = new DateTime(2026, 3, 1, 10, 0, 0, DateTimeKind.Utc);
            reply.Submit(circular, new ReplySubmission(
                circular.Texts.Select(t => new TextOpinion(t.Id, Opinion.AssignsAuthorityNoComments)).ToList(), [],
                new Signatory("Official of " + state, "Director", "Capital", new DateOnly(2026, 3, 1)), ReplyChannel.Email, "seed", "Seed", received), received);
            db.Replies.Add(reply);
            await db.SaveChangesAsync();
        });
}
