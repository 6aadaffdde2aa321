using System.Net;
using System.Text.RegularExpressions;
using Consultations.Infrastructure.Identity;
using Consultations.Testing;
using Microsoft.EntityFrameworkCore;

namespace Consultations.Web.Tests.Accounts;

public partial class Signing_in(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private static Dictionary<string, string> Credentials(string email, string password) => new()
    {
        ["Email"] = email,
        ["Password"] = password,
    };

    [Fact]
    public async Task A_wrong_password_is_refused_with_a_message_on_the_form()
    {
        var account = await portal.CreateAccountAsync(Roles.Secretariat);
        var client = portal.CreatePortalClient();

        var response = await client.PostAsync("/account/sign-in", Credentials(account.Email, "wrong"), "/account/sign-in");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("The e-mail address or the password is not right.", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Five_failures_lock_the_account_even_against_the_right_password()
    {
        var account = await portal.CreateAccountAsync(Roles.Secretariat);
        var client = portal.CreatePortalClient();
        for (var i = 0; i < 5; i++)
        {
            await client.PostAsync("/account/sign-in", Credentials(account.Email, "wrong"), "/account/sign-in");
        }

        var response = await client.PostAsync("/account/sign-in", Credentials(account.Email, account.Password), "/account/sign-in");

        // Answered like a wrong password, so that a locked-out page does not tell which addresses have accounts.
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("After five wrong attempts an account is locked for 15 minutes.", await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/profile")).StatusCode);
    }

    [Fact]
    public async Task Two_factor_accounts_need_the_authenticator_code()
    {
        var account = await portal.CreateAccountAsync(Roles.Delegate, "FRA", twoFactor: true);
        var client = portal.CreatePortalClient();

        var first = await client.PostAsync("/account/sign-in", Credentials(account.Email, account.Password), "/account/sign-in");
        PortalAssert.RedirectsTo(first, "/account/two-factor");
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/profile")).StatusCode);

        var wrong = await client.PostAsync("/account/two-factor", new Dictionary<string, string> { ["Code"] = "000000" }, PortalAssert.PathOf(first.Headers.Location!));
        Assert.Contains("That code is not right.", await wrong.Content.ReadAsStringAsync());

        var right = await client.PostAsync("/account/two-factor", new Dictionary<string, string> { ["Code"] = PortalClient.TotpCode(account.AuthenticatorKey!) }, PortalAssert.PathOf(first.Headers.Location!));
        PortalAssert.RedirectsTo(right, "/");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/profile")).StatusCode);
    }

    [Fact]
    public async Task A_delegate_enrols_an_authenticator_and_can_then_act_for_the_administration()
    {
        var account = await portal.CreateAccountAsync(Roles.Delegate, "CHN");
        var client = portal.CreatePortalClient();
        await client.SignInAsync(account);
        PortalAssert.RedirectsTo(await client.GetAsync("/my-administration"), "/profile/two-factor/required");

        var setup = await client.GetPageAsync("/profile/authenticator");
        var key = setup.QuerySelector("kbd")!.TextContent.Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
        Assert.StartsWith("data:image/png;base64,", setup.QuerySelector("img[alt]")!.GetAttribute("src"));
        var enrolled = await client.PostAsync("/profile/authenticator", new Dictionary<string, string> { ["Code"] = PortalClient.TotpCode(key) }, "/profile/authenticator");

        var codes = await PortalClient.ParseAsync(enrolled);
        Assert.Equal(10, codes.QuerySelectorAll(".recovery-codes li").Length);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/my-administration")).StatusCode);
        await portal.WithDbAsync(async db => Assert.True(await db.AuditRecords.AnyAsync(a => a.Action == "Account.TwoFactorEnabled" && a.EntityId == account.Id)));
    }

    [Fact]
    public async Task A_recovery_code_signs_in_once()
    {
        var account = await portal.CreateAccountAsync(Roles.Delegate, "FRA", twoFactor: true);
        var recoveryCode = await portal.WithScopeAsync(async services =>
        {
            var users = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions
                .GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<ApplicationUser>>(services);
            return (await users.GenerateNewTwoFactorRecoveryCodesAsync((await users.FindByIdAsync(account.Id))!, 2))!.First();
        });

        var client = portal.CreatePortalClient();
        await client.PostAsync("/account/sign-in", Credentials(account.Email, account.Password), "/account/sign-in");
        var response = await client.PostAsync("/account/recovery-code", new Dictionary<string, string> { ["RecoveryCode"] = recoveryCode }, "/account/recovery-code");

        PortalAssert.RedirectsTo(response, "/");
        var again = portal.CreatePortalClient();
        await again.PostAsync("/account/sign-in", Credentials(account.Email, account.Password), "/account/sign-in");
        var reused = await again.PostAsync("/account/recovery-code", new Dictionary<string, string> { ["RecoveryCode"] = recoveryCode }, "/account/recovery-code");
        Assert.Contains("That recovery code is not right, or was used already.", await reused.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_forgotten_password_is_reset_through_the_link_sent_by_e_mail()
    {
        var account = await portal.CreateAccountAsync(Roles.Secretariat);
        var client = portal.CreatePortalClient();

        var asked = await client.PostAsync("/account/forgot-password", new Dictionary<string, string> { ["Email"] = account.Email }, "/account/forgot-password");
        Assert.Contains("Check your e-mail", await asked.Content.ReadAsStringAsync());

        var body = string.Empty;
        await portal.WithDbAsync(async db => body = (await db.OutboxMessages.SingleAsync(m => m.ToAddress == account.Email)).TextBody);
        var link = PortalAssert.PathOf(new Uri(ResetLink().Match(body).Value));
        var form = await client.GetPageAsync(link);
        var reset = await client.PostAsync("/account/reset-password", new Dictionary<string, string>
        {
            ["UserId"] = form.QuerySelector("input[name=UserId]")!.GetAttribute("value")!,
            ["Token"] = form.QuerySelector("input[name=Token]")!.GetAttribute("value")!,
            ["Password"] = "Another-Password-22",
            ["ConfirmPassword"] = "Another-Password-22",
        }, link);
        Assert.Contains("Password changed", await reset.Content.ReadAsStringAsync());

        await portal.CreatePortalClient().SignInAsync(account with { Password = "Another-Password-22" });
    }

    [Fact]
    public async Task An_unknown_address_gets_the_same_answer_and_no_mail()
    {
        var response = await portal.CreatePortalClient().PostAsync(
            "/account/forgot-password", new Dictionary<string, string> { ["Email"] = "nobody@example.org" }, "/account/forgot-password");

        Assert.Contains("Check your e-mail", await response.Content.ReadAsStringAsync());
        await portal.WithDbAsync(async db => Assert.False(await db.OutboxMessages.AnyAsync(m => m.ToAddress == "nobody@example.org")));
    }

    [Fact]
    public async Task Changing_the_password_needs_the_current_one()
    {
        var account = await portal.CreateAccountAsync(Roles.TsbStaff);
        var client = portal.CreatePortalClient();
        await client.SignInAsync(account);

        var wrong = await client.PostAsync("/profile/change-password", new Dictionary<string, string>
        {
            ["CurrentPassword"] = "not-it",
            ["NewPassword"] = "Brand-New-Password-3",
            ["ConfirmPassword"] = "Brand-New-Password-3",
        }, "/profile/change-password");
        Assert.Contains("The current password is not right.", await wrong.Content.ReadAsStringAsync());

        var right = await client.PostAsync("/profile/change-password", new Dictionary<string, string>
        {
            ["CurrentPassword"] = account.Password,
            ["NewPassword"] = "Brand-New-Password-3",
            ["ConfirmPassword"] = "Brand-New-Password-3",
        }, "/profile/change-password");
        PortalAssert.RedirectsTo(right, "/profile");
    }

    [GeneratedRegex(@"http://localhost/account/reset-password\?\S+")]
    private static partial Regex ResetLink();
}
