using Consultations.Web.Features.Replies;
using System.Net;
using Consultations.Infrastructure.Identity;
using Consultations.Testing;
using Consultations.Web.Tests.Replies;
using Microsoft.EntityFrameworkCore;

namespace Consultations.Web.Tests.Security;

/// <summary>Finding 5: a bad request answers 4xx with a message, whatever its method; nothing is half-saved.</summary>
public class Bad_requests_are_not_server_errors(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Theory]
    [InlineData("/account/two-factor")]
    [InlineData("/profile/authenticator")]
    [InlineData("/account/sign-in")]
    [InlineData("/profile/two-factor/disable")]
    public async Task A_post_without_its_antiforgery_token_answers_400(string path)
    {
        var client = portal.CreatePortalClient();
        await client.SignInAsync(await portal.CreateAccountAsync(Roles.Secretariat));

        var response = await client.Http.PostAsync(path, new FormUrlEncodedContent(new Dictionary<string, string> { ["Code"] = "123456" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_reply_form_naming_one_text_twice_is_refused_with_a_message_and_no_draft()
    {
        var circular = await ReplyFixture.PublishedCircularAsync(portal, 1901);
        var france = portal.CreatePortalClient();
        await france.SignInAsync(await portal.CreateAccountAsync(Roles.Delegate, "FRA", twoFactor: true));
        var fields = ReplyFixture.Form(ReplyIntent.SaveDraft, 0, ("NoComments", null), ("NoComments", null));
        fields.RemoveAll(f => f.Key == "Form.Rows[1].TextId");
        fields.Add(new("Form.Rows[1].TextId", "1"));

        var response = await france.PostMultipartAsync($"/replies/{circular.Id}", fields, [], $"/replies/{circular.Id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("more than once", (await PortalClient.ParseAsync(response)).QuerySelector("#form-errors")!.TextContent);
        await portal.WithDbAsync(async db => Assert.False(await db.ReplyDrafts.AnyAsync(d => d.CircularId == circular.Id)));
    }
}
