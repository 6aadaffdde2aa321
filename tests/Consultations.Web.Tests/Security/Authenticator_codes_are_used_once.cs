using Consultations.Infrastructure.Identity;
using Consultations.Testing;
using OtpNet;

namespace Consultations.Web.Tests.Security;

/// <summary>Finding 9: one authenticator code opened two sessions; a code is now accepted once, and so are the codes before it.</summary>
public class Authenticator_codes_are_used_once(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_code_that_opened_one_session_does_not_open_a_second()
    {
        var account = await portal.CreateAccountAsync(Roles.Delegate, "KEN", twoFactor: true);
        var code = new Totp(Base32Encoding.ToBytes(account.AuthenticatorKey!)).ComputeTotp(DateTime.UtcNow);

        var first = await PasswordThenCodeAsync(account, code);
        var replayed = await PasswordThenCodeAsync(account, code);

        PortalAssert.RedirectsTo(first, "/");
        Assert.Contains("That code is not right.", await replayed.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_code_older_than_the_last_one_accepted_is_refused_too()
    {
        var account = await portal.CreateAccountAsync(Roles.Delegate, "PER", twoFactor: true);
        var totp = new Totp(Base32Encoding.ToBytes(account.AuthenticatorKey!));
        var current = totp.ComputeTotp(DateTime.UtcNow);
        var previous = totp.ComputeTotp(DateTime.UtcNow.AddSeconds(-30));
        Assert.NotEqual(current, previous);

        PortalAssert.RedirectsTo(await PasswordThenCodeAsync(account, current), "/");
        Assert.Contains("That code is not right.", await (await PasswordThenCodeAsync(account, previous)).Content.ReadAsStringAsync());
    }

    private async Task<HttpResponseMessage> PasswordThenCodeAsync(TestAccount account, string code)
    {
        var client = portal.CreatePortalClient();
        var password = await client.PostAsync("/account/sign-in", new Dictionary<string, string> { ["Email"] = account.Email, ["Password"] = account.Password }, "/account/sign-in");
        PortalAssert.RedirectsTo(password, "/account/two-factor");
        return await client.PostAsync("/account/two-factor", new Dictionary<string, string> { ["Code"] = code }, PortalAssert.PathOf(password.Headers.Location!));
    }
}
