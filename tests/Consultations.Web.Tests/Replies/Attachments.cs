using Consultations.Web.Features.Replies;
using System.Net;
using Consultations.Infrastructure.Identity;
using Consultations.Testing;
using Microsoft.EntityFrameworkCore;

namespace Consultations.Web.Tests.Replies;

public class Attachments(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private async Task<PortalClient> DelegateAsync(string state)
    {
        var client = portal.CreatePortalClient();
        await client.SignInAsync(await portal.CreateAccountAsync(Roles.Delegate, state, twoFactor: true));
        return client;
    }

    private static List<KeyValuePair<string, string>> CommentsAttached() =>
        ReplyFixture.Form(ReplyIntent.SaveDraft, 0, ("WithComments", null), ("None", null), ("None", null));

    [Fact]
    public async Task A_renamed_executable_is_refused_by_its_content_and_nothing_is_saved()
    {
        var circular = await ReplyFixture.PublishedCircularAsync(portal, 501);
        var delegateClient = await DelegateAsync("ITA");
        byte[] executable = [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00];

        var response = await delegateClient.PostMultipartAsync($"/replies/{circular.Id}", CommentsAttached(), [("Form.Rows[0].Files", "comments.pdf", executable)], $"/replies/{circular.Id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Contains("checked by their content", page.QuerySelector("#Rows_0_Files-error")!.TextContent);
        await portal.WithDbAsync(async db => Assert.False(await db.ReplyDrafts.AnyAsync(d => d.CircularId == circular.Id)));
        Assert.Empty(Directory.Exists(Path.Combine(portal.DataDirectory, "attachments")) ? Directory.GetFiles(Path.Combine(portal.DataDirectory, "attachments"), "*.exe") : []);
    }

    [Fact]
    public async Task A_file_over_10_MB_is_refused()
    {
        var circular = await ReplyFixture.PublishedCircularAsync(portal, 502);
        var delegateClient = await DelegateAsync("PRT");
        var big = new byte[(10 * 1024 * 1024) + 1];
        "%PDF-1.4\n"u8.CopyTo(big);

        var response = await delegateClient.PostMultipartAsync($"/replies/{circular.Id}", CommentsAttached(), [("Form.Rows[0].Files", "big.pdf", big)], $"/replies/{circular.Id}");

        Assert.Contains("larger than 10 MB", (await PortalClient.ParseAsync(response)).QuerySelector("#Rows_0_Files-error")!.TextContent);
    }

    [Theory]
    [InlineData("reasons.docx")]
    [InlineData("reasons.txt")]
    [InlineData("reasons.pdf")]
    public async Task Allowed_types_are_stored_outside_the_web_root_under_a_generated_name(string fileName)
    {
        var circular = await ReplyFixture.PublishedCircularAsync(portal, fileName switch { "reasons.docx" => 503, "reasons.txt" => 504, _ => 505 });
        var delegateClient = await DelegateAsync("BEL");
        var content = fileName switch
        {
            "reasons.docx" => SampleDocuments.Docx("Our reasons."),
            "reasons.txt" => "Our reasons, in plain text: é, 中文."u8.ToArray(),
            _ => ReplyFixture.Pdf,
        };

        var response = await delegateClient.PostMultipartAsync($"/replies/{circular.Id}", CommentsAttached(), [("Form.Rows[0].Files", fileName, content)], $"/replies/{circular.Id}");

        PortalAssert.RedirectsTo(response, $"/replies/{circular.Id}");
        var form = await delegateClient.GetPageAsync($"/replies/{circular.Id}");
        var link = form.QuerySelector("#row-0 a[href*='/files/']")!;
        Assert.Equal(fileName, link.TextContent);
        var storedName = link.GetAttribute("href")!.Split('/').Last();
        Assert.NotEqual(fileName, storedName);
        Assert.True(File.Exists(Path.Combine(portal.DataDirectory, "attachments", storedName)));
        var download = await delegateClient.GetAsync(link.GetAttribute("href")!);
        Assert.Equal(content, await download.Content.ReadAsByteArrayAsync());
        await portal.WithDbAsync(async db => Assert.True(await db.AuditRecords.AnyAsync(a => a.Action == "Reply.FileDownloaded" && a.Details == fileName)));
    }
}
