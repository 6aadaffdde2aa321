using Consultations.Infrastructure.Identity;
using Consultations.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Consultations.Web.Tests.Security;

/// <summary>Finding 9, in part: turning two-factor authentication off needs the password, not only the session.</summary>
public class Two_factor_stays_on_without_the_password(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Turning_two_factor_off_needs_the_password()
    {
        var account = await portal.CreateAccountAsync(Roles.Delegate, "KEN", twoFactor: true);
        var client = portal.CreatePortalClient();
        await client.SignInAsync(account);

        var withoutPassword = await client.PostAsync("/profile/two-factor/disable", new Dictionary<string, string>(), "/profile/two-factor");
        var wrongPassword = await client.PostAsync("/profile/two-factor/disable", new Dictionary<string, string> { ["password"] = "not-the-password" }, "/profile/two-factor");
        var stillOn = await EnabledAsync(account.Id);
        var withPassword = await client.PostAsync("/profile/two-factor/disable", new Dictionary<string, string> { ["password"] = account.Password }, "/profile/two-factor");

        PortalAssert.RedirectsTo(withoutPassword, "/profile/two-factor");
        PortalAssert.RedirectsTo(wrongPassword, "/profile/two-factor");
        Assert.True(stillOn);
        PortalAssert.RedirectsTo(withPassword, "/profile/two-factor");
        Assert.False(await EnabledAsync(account.Id));
    }

    private Task<bool> EnabledAsync(string userId) =>
        portal.WithScopeAsync(async services =>
        {
            var users = services.GetRequiredService<UserManager<ApplicationUser>>();
            return await users.GetTwoFactorEnabledAsync((await users.FindByIdAsync(userId))!);
        });
}
