using System.Net;
using Consultations.Infrastructure.Identity;
using Consultations.Testing;
using Consultations.Web.Features.Users;
using Consultations.Web.Tests.Replies;
using Microsoft.Extensions.DependencyInjection;

namespace Consultations.Web.Tests.Security;

/// <summary>Finding 3: a sign-out, a password change or a change of role ends every other session at once.</summary>
public class Sessions_end_when_they_should(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private async Task<PortalClient> SessionAsync(TestAccount account)
    {
        var client = portal.CreatePortalClient();
        await client.SignInAsync(account);
        return client;
    }

    [Fact]
    public async Task Signing_out_ends_the_other_sessions_of_the_account()
    {
        var account = await portal.CreateAccountAsync(Roles.Secretariat);
        var office = await SessionAsync(account);
        var laptop = await SessionAsync(account);
        Assert.Equal(HttpStatusCode.OK, (await laptop.GetAsync("/profile")).StatusCode);

        await office.PostAsync("/account/sign-out", new Dictionary<string, string>(), "/profile");

        var afterwards = await laptop.GetAsync("/profile");
        Assert.Equal(HttpStatusCode.Redirect, afterwards.StatusCode);
        Assert.Contains("/account/sign-in", afterwards.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_password_change_ends_the_other_sessions_and_keeps_this_one()
    {
        var account = await portal.CreateAccountAsync(Roles.Secretariat);
        var here = await SessionAsync(account);
        var elsewhere = await SessionAsync(account);

        var changed = await here.PostAsync(
            "/profile/change-password",
            new Dictionary<string, string> { ["CurrentPassword"] = account.Password, ["NewPassword"] = "Another-Password-2026", ["ConfirmPassword"] = "Another-Password-2026" },
            "/profile/change-password");

        Assert.True((int)changed.StatusCode is 200 or 302, changed.StatusCode.ToString());
        Assert.Equal(HttpStatusCode.OK, (await here.GetAsync("/profile")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await elsewhere.GetAsync("/profile")).StatusCode);
    }

    [Fact]
    public async Task A_delegate_changed_to_secretariat_can_no_longer_open_the_reply_form()
    {
        var circular = await ReplyFixture.PublishedCircularAsync(portal, 2101);
        var account = await portal.CreateAccountAsync(Roles.Delegate, "KEN", twoFactor: true);
        var kenya = await SessionAsync(account);
        Assert.Equal(HttpStatusCode.OK, (await kenya.GetAsync($"/replies/{circular.Id}")).StatusCode);

        await portal.WithScopeAsync(async services => await services.GetRequiredService<UserAdministration>().UpdateAsync(
            new EditUserModel { Id = account.Id, DisplayName = "Former delegate", Role = Roles.Secretariat }));

        Assert.NotEqual(HttpStatusCode.OK, (await kenya.GetAsync($"/replies/{circular.Id}")).StatusCode);
    }
}
