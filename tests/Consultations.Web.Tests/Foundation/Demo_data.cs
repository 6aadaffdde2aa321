using Consultations.Testing;
using Microsoft.EntityFrameworkCore;

namespace Consultations.Web.Tests.Foundation;

public class Demo_data
{
    [Fact]
    public async Task Development_creates_the_demo_accounts_that_can_sign_in()
    {
        using var portal = new DemoPortal("Development");
        var client = portal.CreatePortalClient();

        await client.SignInAsync(new TestAccount(string.Empty, "tsb@example.org", DemoPortal.Password, null));

        await portal.WithDbAsync(async db =>
        {
            Assert.Equal(6, await db.Users.CountAsync(u => u.IsDemo));
            Assert.Equal(["CHN", "FRA", "KEN"], await db.Users.Where(u => u.MemberStateCode != null).Select(u => u.MemberStateCode!).OrderBy(c => c).ToListAsync());
        });
    }

    [Fact]
    public async Task Demo_delegates_reach_delegate_pages_without_two_factor_only_when_the_setting_is_on()
    {
        using var portal = new DemoPortal("Development");
        var client = portal.CreatePortalClient();
        await client.SignInAsync(new TestAccount(string.Empty, "france@example.org", DemoPortal.Password, null));

        var response = await client.GetAsync("/my-administration");

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task In_Development_the_deadline_task_closes_the_demo_circular_and_mails_its_links()
    {
        using var portal = new DemoPortal("Development");
        portal.CreateClient();

        await portal.RunDeadlineTasksAsync();

        await portal.WithDbAsync(async db =>
        {
            Assert.True(await db.TallySnapshots.AnyAsync());
            var notice = await db.OutboxMessages.FirstAsync(m => m.Cause == "Circular.DeadlinePassed");
            Assert.Contains("http://localhost/circulars/", notice.TextBody);
        });
    }

    [Fact]
    public async Task The_development_mail_viewer_is_for_administrators_only()
    {
        using var portal = new DemoPortal("Development");
        var anonymous = portal.CreatePortalClient();
        var delegateClient = portal.CreatePortalClient();
        await delegateClient.SignInAsync(new TestAccount(string.Empty, "france@example.org", DemoPortal.Password, null));
        var administrator = portal.CreatePortalClient();
        await administrator.SignInAsync(new TestAccount(string.Empty, "admin@example.org", DemoPortal.Password, null));

        Assert.Equal(System.Net.HttpStatusCode.Redirect, (await anonymous.GetAsync("/dev/mail")).StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, (await delegateClient.GetAsync("/dev/mail")).StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await administrator.GetAsync("/dev/mail")).StatusCode);
    }

    [Fact]
    public async Task Production_never_creates_demo_accounts()
    {
        using var portal = new DemoPortal("Production");
        portal.CreateClient();

        await portal.WithDbAsync(async db => Assert.Equal(0, await db.Users.CountAsync()));
    }

    [Fact]
    public async Task A_new_installation_invites_the_configured_first_administrator_once()
    {
        using var portal = new FirstAdministratorPortal();
        portal.CreateClient();

        await portal.WithDbAsync(async db =>
        {
            var admin = await db.Users.SingleAsync();
            Assert.Equal("first.admin@example.org", admin.Email);
            Assert.Null(admin.PasswordHash);
            var invitation = await db.OutboxMessages.SingleAsync();
            Assert.Contains("https://consultations.example.org/account/accept-invitation?userId=", invitation.TextBody);
        });
    }

    private sealed class FirstAdministratorPortal : PortalFactory
    {
        protected override string EnvironmentName => "Production";

        protected override IEnumerable<KeyValuePair<string, string>> Settings =>
        [
            new("Bootstrap:AdministratorEmail", "first.admin@example.org"),
            new("Portal:PublicBaseUrl", "https://consultations.example.org"),
        ];
    }

    private sealed class DemoPortal(string environment) : PortalFactory
    {
        public new const string Password = "Demo-Password-For-Tests-1";

        protected override string EnvironmentName => environment;

        protected override IEnumerable<KeyValuePair<string, string>> Settings =>
        [
            new("Demo:SeedAccounts", "true"),
            new("Demo:SkipTwoFactor", "true"),
            new("Demo:Password", Password),
            .. environment == "Development"
                ? new KeyValuePair<string, string>[] { new("Portal:PublicBaseUrl", string.Empty) } // as a developer's first run may be
                : [],
        ];
    }
}
