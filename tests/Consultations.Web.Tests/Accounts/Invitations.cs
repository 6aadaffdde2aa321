using System.Net;
using System.Text.RegularExpressions;
using Consultations.Infrastructure.Identity;
using Consultations.Testing;
using Microsoft.EntityFrameworkCore;

namespace Consultations.Web.Tests.Accounts;

public partial class Invitations(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private async Task<PortalClient> SignedIn(string role)
    {
        var client = portal.CreatePortalClient();
        await client.SignInAsync(await portal.CreateAccountAsync(role));
        return client;
    }

    private static Dictionary<string, string> Invitation(string email, string role, string? memberState = null) => new()
    {
        ["Email"] = email,
        ["DisplayName"] = "Invited Person",
        ["Role"] = role,
        ["MemberStateCode"] = memberState ?? string.Empty,
        ["DesignatedFrom"] = memberState is null ? string.Empty : "2026-03-01",
        ["PreferredLanguage"] = "fr",
    };

    private async Task<string> InvitationLinkFor(string email)
    {
        var body = string.Empty;
        await portal.WithDbAsync(async db => body = (await db.OutboxMessages.SingleAsync(m => m.ToAddress == email && m.Cause == "Account.Invitation")).TextBody);
        return PortalAssert.PathOf(new Uri(LinkPattern().Match(body).Value));
    }

    [GeneratedRegex(@"http://localhost/account/accept-invitation\?\S+")]
    private static partial Regex LinkPattern();

    [Fact]
    public async Task TSB_invites_a_delegate_who_sets_a_password_and_is_signed_in()
    {
        var tsb = await SignedIn(Roles.TsbStaff);

        var response = await tsb.PostAsync("/users/invite", Invitation("new.delegate@example.org", Roles.Delegate, "KEN"), "/users/invite");

        PortalAssert.RedirectsTo(response, "/users");
        await portal.WithDbAsync(async db =>
        {
            var message = await db.OutboxMessages.SingleAsync(m => m.ToAddress == "new.delegate@example.org");
            Assert.Equal("fr", message.Language);
            Assert.Equal("Vous êtes invité(e) sur ITU-T Consultations", message.Subject);
            var user = await db.Users.SingleAsync(u => u.Email == "new.delegate@example.org");
            Assert.Equal("KEN", user.MemberStateCode);
            Assert.Null(user.PasswordHash);
            Assert.True(await db.AuditRecords.AnyAsync(a => a.Action == "Account.Invited" && a.EntityId == user.Id));
        });

        var invitee = portal.CreatePortalClient();
        var link = await InvitationLinkFor("new.delegate@example.org");
        var page = await invitee.GetPageAsync(link);
        var accepted = await invitee.PostAsync("/account/accept-invitation", new Dictionary<string, string>
        {
            ["UserId"] = page.QuerySelector("input[name=UserId]")!.GetAttribute("value")!,
            ["Token"] = page.QuerySelector("input[name=Token]")!.GetAttribute("value")!,
            ["Password"] = "A-Good-Password-1",
            ["ConfirmPassword"] = "A-Good-Password-1",
        }, link);

        PortalAssert.RedirectsTo(accepted, "/profile");
        Assert.Equal(HttpStatusCode.OK, (await invitee.GetAsync("/profile")).StatusCode);

        // Signed in, the invitee reads the portal in the language TSB chose for them, on any device.
        var reused = await PortalClient.ParseAsync(await invitee.GetAsync(link));
        Assert.Equal("fr", reused.DocumentElement.GetAttribute("lang"));
        Assert.Contains("Ce lien ne fonctionne pas", reused.Body!.TextContent);
    }

    [Fact]
    public async Task A_delegate_invitation_needs_an_administration_and_keeps_what_was_typed()
    {
        var tsb = await SignedIn(Roles.TsbStaff);

        var response = await tsb.PostAsync("/users/invite", Invitation("no.state@example.org", Roles.Delegate), "/users/invite");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Contains("A delegate replies for one administration", page.QuerySelector("#MemberStateCode-error")!.TextContent);
        Assert.Equal("true", page.QuerySelector("#MemberStateCode")!.GetAttribute("aria-invalid"));
        Assert.Equal("no.state@example.org", page.QuerySelector("#Email")!.GetAttribute("value"));
        await portal.WithDbAsync(async db =>
        {
            Assert.False(await db.Users.AnyAsync(u => u.Email == "no.state@example.org"));
            Assert.False(await db.OutboxMessages.AnyAsync(m => m.ToAddress == "no.state@example.org"));
        });
    }

    [Fact]
    public async Task TSB_staff_cannot_create_administrators()
    {
        var tsb = await SignedIn(Roles.TsbStaff);

        var response = await tsb.PostAsync("/users/invite", Invitation("would.be.admin@example.org", Roles.Administrator), "/users/invite");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("You cannot give this role.", await response.Content.ReadAsStringAsync());
        await portal.WithDbAsync(async db => Assert.False(await db.Users.AnyAsync(u => u.Email == "would.be.admin@example.org")));
    }

    [Fact]
    public async Task Inviting_an_address_that_has_an_account_says_so()
    {
        var admin = await SignedIn(Roles.Administrator);
        var existing = await portal.CreateAccountAsync(Roles.Secretariat);

        var response = await admin.PostAsync("/users/invite", Invitation(existing.Email, Roles.Secretariat), "/users/invite");

        Assert.Contains("An account with this e-mail address exists already.", await response.Content.ReadAsStringAsync());
    }
}
