using System.Net;
using Consultations.Infrastructure.Identity;
using Consultations.Testing;
using Microsoft.EntityFrameworkCore;

namespace Consultations.Web.Tests.Security;

/// <summary>Findings 1 and 2 of the black-box probe: e-mailed links never follow the request's Host, and no role acts on a more privileged account.</summary>
public class Account_takeover_paths(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_reset_link_requested_with_a_forged_Host_header_points_to_the_configured_address()
    {
        var account = await portal.CreateAccountAsync(Roles.Secretariat);
        var client = portal.CreatePortalClient();
        var page = await client.GetPageAsync("/account/forgot-password");
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var request = new HttpRequestMessage(HttpMethod.Post, "/account/forgot-password")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["Email"] = account.Email, ["__RequestVerificationToken"] = token }),
        };
        request.Headers.Host = "evil.example";

        var response = await client.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await portal.WithDbAsync(async db =>
        {
            var mail = await db.OutboxMessages.SingleAsync(m => m.ToAddress == account.Email);
            Assert.Contains("http://localhost/account/reset-password?userId=", mail.TextBody);
            Assert.DoesNotContain("evil.example", mail.TextBody);
        });
    }

    [Fact]
    public async Task TSB_staff_cannot_edit_unlock_or_reinvite_an_administrator_or_another_TSB_officer()
    {
        var administrator = await portal.CreateAccountAsync(Roles.Administrator);
        var officer = await portal.CreateAccountAsync(Roles.TsbStaff);
        var tsb = portal.CreatePortalClient();
        await tsb.SignInAsync(await portal.CreateAccountAsync(Roles.TsbStaff));

        foreach (var target in new[] { administrator, officer })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await tsb.GetAsync($"/users/{target.Id}/edit")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await tsb.PostAsync($"/users/{target.Id}/unlock", new Dictionary<string, string>(), "/users")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await tsb.PostAsync($"/users/{target.Id}/resend-invitation", new Dictionary<string, string>(), "/users")).StatusCode);
        }

        var delegateAccount = await portal.CreateAccountAsync(Roles.Delegate, "KEN");
        PortalAssert.RedirectsTo(await tsb.PostAsync($"/users/{delegateAccount.Id}/unlock", new Dictionary<string, string>(), "/users"), $"/users/{delegateAccount.Id}/edit");
        await portal.WithDbAsync(async db => Assert.False(await db.AuditRecords.AnyAsync(a => a.EntityId == administrator.Id && a.Action == "Account.Unlocked")));
    }

    [Fact]
    public void The_portal_refuses_to_start_outside_Development_without_its_public_address()
    {
        using var unconfigured = new WithoutPublicAddress();

        var error = Assert.ThrowsAny<Exception>(() => unconfigured.CreateClient());

        Assert.Contains("Portal:PublicBaseUrl", error.ToString());
    }

    private sealed class WithoutPublicAddress : PortalFactory
    {
        protected override IEnumerable<KeyValuePair<string, string>> Settings => [new("Portal:PublicBaseUrl", string.Empty)];
    }
}
