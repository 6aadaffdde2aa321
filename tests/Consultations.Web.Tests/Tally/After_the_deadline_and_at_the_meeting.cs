using System.Data.Common;
using System.Net;
using System.Text;
using Consultations.Domain.Replies;
using Consultations.Infrastructure.Identity;
using Consultations.Infrastructure.Persistence;
using Consultations.Testing;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using UglyToad.PdfPig;

namespace Consultations.Web.Tests.Tally;

/// <summary>A portal whose clock stands on 2 June 2026: after the deadline of 20 May, the meeting begun on 1 June.</summary>
public class After_the_deadline_and_at_the_meeting(After_the_deadline_and_at_the_meeting.MeetingDayPortal portal) : IClassFixture<After_the_deadline_and_at_the_meeting.MeetingDayPortal>
{
    private static readonly DateTime OnTime = new(2026, 4, 1, 10, 0, 0, DateTimeKind.Utc);

    [Fact]
    public async Task The_deadline_task_records_the_final_tally_once_and_readings_show_it()
    {
        var circular = await TallySeeds.CircularAsync(portal, 901);
        await TallySeeds.ReplyAsync(portal, circular.Id, "FRA", OnTime, (1, Opinion.AssignsAuthorityNoComments, null));
        var secretariat = await portal.SignedInAsync(Roles.Secretariat);

        await portal.RunDeadlineTasksAsync();
        await portal.RunDeadlineTasksAsync();
        var first = await secretariat.GetPageAsync($"/circulars/{circular.Id}/tally");
        var second = await secretariat.GetPageAsync($"/circulars/{circular.Id}/tally");

        Assert.Contains("final", first.QuerySelector("#tally-status")!.TextContent);
        Assert.Single(first.QuerySelectorAll("#snapshots-heading + ol li"));
        Assert.Equal(first.QuerySelector("#snapshots-heading + ol")!.TextContent, second.QuerySelector("#snapshots-heading + ol")!.TextContent);
        await portal.WithDbAsync(async db => Assert.Equal(1, await db.TallySnapshots.CountAsync(s => s.CircularId == circular.Id)));
    }

    [Fact]
    public async Task A_fax_found_late_but_received_in_time_makes_a_new_snapshot_with_its_reason_and_both_stay_visible()
    {
        var circular = await TallySeeds.CircularAsync(portal, 902);
        var secretariat = await portal.SignedInAsync(Roles.Secretariat);
        await portal.RunDeadlineTasksAsync();
        var tsb = await portal.SignedInAsync(Roles.TsbStaff);

        var recorded = await tsb.PostMultipartAsync($"/circulars/{circular.Id}/record-reply", new List<KeyValuePair<string, string>>
        {
            new("Form.MemberStateCode", "KEN"), new("Form.Channel", "Fax"), new("Form.ReceivedOn", "2026-05-19"), new("Form.ReceivedAt", "16:00"),
            new("Form.SignatoryName", "Kenyan official"), new("Form.Rows[0].TextId", "1"), new("Form.Rows[0].Choice", "DoesNotAssign"),
        }, [], $"/circulars/{circular.Id}/record-reply");
        PortalAssert.RedirectsTo(recorded, $"/circulars/{circular.Id}");

        var page = await secretariat.GetPageAsync($"/circulars/{circular.Id}/tally");
        var snapshots = page.QuerySelectorAll("#snapshots-heading + ol li").Select(li => li.TextContent).ToList();
        Assert.Equal(2, snapshots.Count);
        Assert.Contains("recorded by TSB after the final tally", snapshots[1]);
        Assert.Equal("1", page.QuerySelector("tr[data-text='X.1500'] [data-col='not-supporting']")!.TextContent.Trim());

        await secretariat.PostAsync("/language", new Dictionary<string, string> { ["culture"] = "fr", ["returnUrl"] = "/" });
        var french = (await secretariat.GetPageAsync($"/circulars/{circular.Id}/tally")).QuerySelectorAll("#snapshots-heading + ol li").Select(li => li.TextContent).ToList();
        Assert.Contains("Décompte final, enregistré par la tâche de la date limite", french[0]);
        Assert.Contains($"Réponse C902-2026-KEN-v1 enregistrée par le TSB après le décompte final, reçue dans les délais (enregistrée par le TSB à partir d'une télécopie)", french[1]);
        await portal.WithDbAsync(async db => Assert.Contains(
            "Reply C902-2026-KEN-v1 recorded by TSB after the final tally, received in time (Fax)",
            await db.TallySnapshots.Where(s => s.CircularId == circular.Id).Select(s => s.Reason).ToListAsync()));
    }

    [Fact]
    public async Task Delegates_and_the_public_see_final_results_only_as_the_policy_allows()
    {
        var circular = await TallySeeds.CircularAsync(portal, 903);
        await TallySeeds.ReplyAsync(portal, circular.Id, "FRA", OnTime, (1, Opinion.AssignsAuthorityWithComments, "A confidential comment"));
        var delegateClient = await portal.SignedInAsync(Roles.Delegate, "DEU");

        var delegatePage = await delegateClient.GetPageAsync($"/circulars/{circular.Id}");
        var hiddenPublic = await portal.CreatePortalClient().GetPageAsync($"/public/circulars/{circular.Id}");
        Assert.NotNull(delegatePage.QuerySelector("#final-results"));
        Assert.DoesNotContain("A confidential comment", delegatePage.DocumentElement.OuterHtml);
        Assert.Null(hiddenPublic.QuerySelector("#final-results"));
        Assert.Equal(HttpStatusCode.Forbidden, (await delegateClient.GetAsync($"/circulars/{circular.Id}/tally")).StatusCode);

        var secretariat = await portal.SignedInAsync(Roles.Secretariat);
        await secretariat.PostAsync($"/circulars/{circular.Id}/tally/visibility", new Dictionary<string, string> { ["resultsArePublic"] = "true" }, $"/circulars/{circular.Id}/tally");
        var shownPublic = await portal.CreatePortalClient().GetPageAsync($"/public/circulars/{circular.Id}");
        Assert.NotNull(shownPublic.QuerySelector("#final-results"));
        Assert.DoesNotContain("A confidential comment", shownPublic.DocumentElement.OuterHtml);
    }

    [Fact]
    public async Task The_exports_read_back_as_CSV_XLSX_PDF_and_DOCX()
    {
        var circular = await TallySeeds.CircularAsync(portal, 904);
        await TallySeeds.ReplyAsync(portal, circular.Id, "FRA", OnTime, (1, Opinion.DoesNotAssignAuthority, "Reasons, with a comma and \"quotes\""));
        await TallySeeds.ReplyAsync(portal, circular.Id, "CIV", OnTime, (1, Opinion.AssignsAuthorityNoComments, null));
        await portal.RunDeadlineTasksAsync();
        var secretariat = await portal.SignedInAsync(Roles.Secretariat);

        var csv = await (await secretariat.GetAsync($"/circulars/{circular.Id}/tally/export/tally.csv")).Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.GetPreamble(), csv[..3]);
        var lines = Encoding.UTF8.GetString(csv[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(4, lines.Length);
        Assert.StartsWith("X.1500,Draft text 1,1,0,1,1,", lines[1]);

        var replies = Encoding.UTF8.GetString((await (await secretariat.GetAsync($"/circulars/{circular.Id}/tally/export/replies.csv")).Content.ReadAsByteArrayAsync())[3..]);
        Assert.Contains("\"Reasons, with a comma and \"\"quotes\"\"\"", replies);
        Assert.Contains("Côte d'Ivoire", replies);

        using (var xlsx = SpreadsheetDocument.Open(new MemoryStream(await (await secretariat.GetAsync($"/circulars/{circular.Id}/tally/export/tally.xlsx")).Content.ReadAsByteArrayAsync()), false))
        {
            var sheets = xlsx.WorkbookPart!.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().Select(s => s.Name!.Value).ToList();
            Assert.Equal(["Tally", "Replies"], sheets);
            var text = xlsx.WorkbookPart.WorksheetParts.First().Worksheet.InnerText;
            Assert.Contains("X.1500", text);
        }

        using (var pdf = PdfDocument.Open(await (await secretariat.GetAsync($"/circulars/{circular.Id}/tally/export/tally.pdf")).Content.ReadAsByteArrayAsync()))
        {
            var text = string.Join(" ", pdf.GetPages().Select(p => p.Text));
            Assert.Contains("Tally of TSB Circular 904", text);
            Assert.Contains("X.1500", text);
            Assert.Contains("SHA-256", text);
        }

        using (var docx = WordprocessingDocument.Open(new MemoryStream(await (await secretariat.GetAsync($"/circulars/{circular.Id}/tally/export/compilation.docx")).Content.ReadAsByteArrayAsync()), false))
        {
            var text = docx.MainDocumentPart!.Document!.Body!.InnerText;
            Assert.Contains("Comments and reasons received on TSB Circular 904", text);
            Assert.Contains("France", text);
            Assert.Contains("Reasons, with a comma", text);
        }

        using var compilation = PdfDocument.Open(await (await secretariat.GetAsync($"/circulars/{circular.Id}/tally/export/compilation.pdf")).Content.ReadAsByteArrayAsync());
        Assert.Contains("Reasons, with a comma", string.Join(" ", compilation.GetPages().Select(p => p.Text)));
    }

    [Fact]
    public async Task The_tally_of_20_texts_and_194_replies_takes_the_same_few_queries_as_one_reply()
    {
        var small = await TallySeeds.CircularAsync(portal, 905, texts: 20);
        var large = await TallySeeds.CircularAsync(portal, 906, texts: 20);
        await TallySeeds.ReplyAsync(portal, small.Id, "FRA", OnTime, (1, Opinion.AssignsAuthorityNoComments, null));
        await portal.WithDbAsync(async db =>
        {
            var circular = await db.Circulars.SingleAsync(c => c.Id == large.Id);
            foreach (var state in (await db.MemberStates.ToListAsync()).Where(m => m.IsMemberOn(circular.Date)))
            {
                var reply = Reply.Start(circular, state);
                reply.Submit(circular, new ReplySubmission(
                    Enumerable.Range(1, 20).Select(t => new TextOpinion(t, Opinion.AssignsAuthorityNoComments)).ToList(), [],
                    new Signatory("Official", "Director", "Capital", new DateOnly(2026, 4, 1)), ReplyChannel.Email, "seed", "Seed", OnTime), OnTime);
                db.Replies.Add(reply);
            }

            await db.SaveChangesAsync();
        });
        var secretariat = await portal.SignedInAsync(Roles.Secretariat);
        await secretariat.GetPageAsync($"/circulars/{small.Id}/tally");
        await secretariat.GetPageAsync($"/circulars/{large.Id}/tally");

        portal.Commands.Reset();
        var smallPage = await secretariat.GetPageAsync($"/circulars/{small.Id}/tally");
        var smallCount = portal.Commands.Count;
        portal.Commands.Reset();
        var largePage = await secretariat.GetPageAsync($"/circulars/{large.Id}/tally");
        var largeCount = portal.Commands.Count;

        Assert.Equal("194", largePage.QuerySelector("#replies-counted")!.TextContent);
        Assert.True(largeCount > 0, "the command counter saw no SQL command");
        Assert.Equal(smallCount, largeCount);
        Assert.True(largeCount <= 12, $"{largeCount} SQL commands for one tally page");
        Assert.Equal("1", smallPage.QuerySelector("#replies-counted")!.TextContent);
    }

    [Fact]
    public async Task The_secretariat_records_the_outcome_of_authorized_texts_only()
    {
        var circular = await TallySeeds.CircularAsync(portal, 907);
        await TallySeeds.ReplyAsync(portal, circular.Id, "FRA", OnTime, (1, Opinion.AssignsAuthorityNoComments, null), (2, Opinion.DoesNotAssignAuthority, null));
        var secretariat = await portal.SignedInAsync(Roles.Secretariat);
        await secretariat.GetPageAsync($"/circulars/{circular.Id}/tally");

        var approved = await secretariat.PostAsync($"/circulars/{circular.Id}/outcomes/1", new Dictionary<string, string> { ["Kind"] = "ApprovedWithReservations", ["States"] = "DEU: reservation on clause 7" }, $"/circulars/{circular.Id}/outcomes");
        var refused = await secretariat.PostAsync($"/circulars/{circular.Id}/outcomes/2", new Dictionary<string, string> { ["Kind"] = "Approved" }, $"/circulars/{circular.Id}/outcomes");
        var moreTime = await secretariat.PostAsync($"/circulars/{circular.Id}/outcomes/3", new Dictionary<string, string> { ["Kind"] = "MoreTimeRequested", ["States"] = "KEN" }, $"/circulars/{circular.Id}/outcomes");

        PortalAssert.RedirectsTo(approved, $"/circulars/{circular.Id}/outcomes");
        Assert.Contains("was not authorized by the consultation", (await PortalClient.ParseAsync(refused)).QuerySelector("#form-errors")!.TextContent);
        PortalAssert.RedirectsTo(moreTime, $"/circulars/{circular.Id}/outcomes");
        var page = await secretariat.GetPageAsync($"/circulars/{circular.Id}/outcomes");
        Assert.Contains("formal opposition possible until 8 July 2026", page.QuerySelector("#outcome-3")!.ParentElement!.TextContent);
        Assert.Contains("approved, with reservations by DEU", page.QuerySelector("#notice")!.TextContent);
        await portal.WithDbAsync(async db =>
        {
            var saved = await db.Circulars.SingleAsync(c => c.Id == circular.Id);
            Assert.Equal(Consultations.Domain.Circulars.OutcomeKind.ApprovedWithReservations, saved.Texts.Single(t => t.Id == 1).Decision!.Kind);
            Assert.Null(saved.Texts.Single(t => t.Id == 2).Decision);
        });
        var tsb = await portal.SignedInAsync(Roles.TsbStaff);
        Assert.Equal(HttpStatusCode.Forbidden, (await tsb.GetAsync($"/circulars/{circular.Id}/outcomes")).StatusCode);
    }

    public sealed class MeetingDayPortal : PortalFactory
    {
        public MeetingDayPortal() => Clock.SetUtcNow(new DateTimeOffset(2026, 6, 2, 9, 0, 0, TimeSpan.Zero));

        public CommandCounter Commands { get; } = new();

        protected override void ConfigureTestServices(IServiceCollection services) =>
            services.ConfigureDbContext<AppDbContext>(options => options.AddInterceptors(Commands));
    }

    /// <summary>Counts the SQL commands the portal sends.</summary>
    public sealed class CommandCounter : DbCommandInterceptor
    {
        private int count;

        public int Count => count;

        public void Reset() => Interlocked.Exchange(ref count, 0);

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref count);
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }

        public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref count);
            return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
        }
    }
}
