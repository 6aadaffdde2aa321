using Consultations.Web.Features.Replies;
using System.Net;
using Consultations.Infrastructure.Identity;
using Consultations.Infrastructure.Replies;
using Consultations.Testing;
using Consultations.Web.Tests.Replies;
using Microsoft.EntityFrameworkCore;

namespace Consultations.Web.Tests.Security;

/// <summary>Finding 14, in part: shown file names carry no path or disguise, and an empty file is not dropped silently.</summary>
public class Files_are_named_and_checked_plainly(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Theory]
    [InlineData("..\\..\\windows\\comments.pdf", "comments.pdf")]
    [InlineData("C:\\Users\\me\\comments.pdf", "comments.pdf")]
    [InlineData("../../etc/passwd", "passwd.pdf")]
    [InlineData("report\u202Efdp.exe", "reportfdp.pdf")]
    [InlineData("...", "attachment.pdf")]
    [InlineData("a\u0000b\u0007c.docx", "abc.pdf")]
    public void A_shown_file_name_is_its_last_segment_without_control_or_formatting_characters(string sent, string shown)
    {
        Assert.Equal(shown, AttachmentStore.SafeName(sent, ".pdf"));
    }

    [Fact]
    public async Task An_empty_file_is_refused_with_a_message_and_nothing_is_saved()
    {
        var circular = await ReplyFixture.PublishedCircularAsync(portal, 2201);
        var france = await portal.SignedInAsync(Roles.Delegate, "FRA");

        var response = await france.PostMultipartAsync(
            $"/replies/{circular.Id}",
            ReplyFixture.Form(ReplyIntent.SaveDraft, 0, ("WithComments", null), ("NoComments", null), ("NoComments", null)),
            [("Form.Rows[0].Files", "comments.pdf", [])],
            $"/replies/{circular.Id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("A file is empty", (await PortalClient.ParseAsync(response)).QuerySelector("#form-errors")!.TextContent);
        await portal.WithDbAsync(async db => Assert.False(await db.ReplyDrafts.AnyAsync(d => d.CircularId == circular.Id)));
    }
}
