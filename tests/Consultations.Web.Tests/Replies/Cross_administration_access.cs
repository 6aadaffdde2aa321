using Consultations.Web.Features.Replies;
using System.Net;
using Consultations.Infrastructure.Identity;
using Consultations.Testing;
using Microsoft.EntityFrameworkCore;

namespace Consultations.Web.Tests.Replies;

/// <summary>For every reply endpoint, a delegate of another administration gets 403 or 404 or only their own data, and France's reply is unchanged.</summary>
public class Cross_administration_access(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_delegate_of_Kenya_can_neither_read_nor_change_the_reply_of_France()
    {
        var circular = await ReplyFixture.PublishedCircularAsync(portal, 701);
        var france = portal.CreatePortalClient();
        await france.SignInAsync(await portal.CreateAccountAsync(Roles.Delegate, "FRA", twoFactor: true));
        await ReplyFixture.SubmitAsync(
            france, circular.Id, ReplyFixture.Form(ReplyIntent.Review, 0, ("WithComments", "France's confidential comment"), ("NoComments", null), ("NoComments", null)),
            ("Form.Rows[0].Files", "france.pdf", ReplyFixture.Pdf));
        var franceFile = string.Empty;
        var digest = string.Empty;
        await portal.WithDbAsync(async db =>
        {
            var version = (await db.Replies.SingleAsync(r => r.MemberStateCode == "FRA")).Versions.Single();
            franceFile = version.Attachments.Single().StoredName;
            digest = version.Digest;
        });

        var kenya = portal.CreatePortalClient();
        await kenya.SignInAsync(await portal.CreateAccountAsync(Roles.Delegate, "KEN", twoFactor: true));

        foreach (var url in new[]
        {
            $"/replies/{circular.Id}/versions/1",
            $"/replies/{circular.Id}/versions/1/receipt.pdf",
            $"/replies/{circular.Id}/files/{franceFile}",
            $"/replies/{circular.Id}/files/..%2F..%2Fconsultations.db",
        })
        {
            var response = await kenya.GetAsync(url);
            Assert.True(response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Forbidden, $"{url}: {(int)response.StatusCode}");
        }

        var form = await kenya.GetAsync($"/replies/{circular.Id}");
        var list = await kenya.GetAsync("/replies");
        var circularPage = await kenya.GetAsync($"/circulars/{circular.Id}");
        foreach (var page in new[] { form, list, circularPage })
        {
            var html = await page.Content.ReadAsStringAsync();
            Assert.DoesNotContain("France's confidential comment", html);
            Assert.DoesNotContain("france.pdf", html);
            Assert.DoesNotContain(digest, html);
        }

        var posted = await kenya.PostMultipartAsync($"/replies/{circular.Id}", ReplyFixture.Form(ReplyIntent.Review, 0, ("DoesNotAssign", "Kenya's reasons"), ("None", null), ("None", null)), [], $"/replies/{circular.Id}");
        PortalAssert.RedirectsTo(posted, $"/replies/{circular.Id}/confirm");
        var confirm = await kenya.GetPageAsync($"/replies/{circular.Id}/confirm");
        await kenya.PostAsync($"/replies/{circular.Id}/submit", new Dictionary<string, string> { ["draftStamp"] = confirm.QuerySelector("input[name=draftStamp]")!.GetAttribute("value")! }, $"/replies/{circular.Id}/confirm");

        await portal.WithDbAsync(async db =>
        {
            var franceReply = await db.Replies.SingleAsync(r => r.CircularId == circular.Id && r.MemberStateCode == "FRA");
            Assert.Single(franceReply.Versions);
            Assert.Equal(digest, franceReply.Versions[0].Digest);
            var kenyaReply = await db.Replies.SingleAsync(r => r.CircularId == circular.Id && r.MemberStateCode == "KEN");
            Assert.Single(kenyaReply.Versions);
        });
    }

    [Theory]
    [InlineData(Roles.TsbStaff)]
    [InlineData(Roles.Secretariat)]
    [InlineData(Roles.Administrator)]
    public async Task Only_delegates_use_the_reply_pages(string role)
    {
        var circular = await ReplyFixture.PublishedCircularAsync(portal, 710 + role.Length);
        var client = portal.CreatePortalClient();
        await client.SignInAsync(await portal.CreateAccountAsync(role));

        foreach (var url in new[] { "/replies", $"/replies/{circular.Id}", $"/replies/{circular.Id}/confirm", $"/replies/{circular.Id}/versions/1" })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(url)).StatusCode);
        }
    }

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_sign_in()
    {
        var circular = await ReplyFixture.PublishedCircularAsync(portal, 720);

        PortalAssert.RedirectsTo(await portal.CreatePortalClient().GetAsync($"/replies/{circular.Id}"), "/account/sign-in");
    }
}
