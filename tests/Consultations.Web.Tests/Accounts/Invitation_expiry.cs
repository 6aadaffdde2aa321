using Consultations.Infrastructure.Identity;
using Consultations.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Consultations.Web.Tests.Accounts;

/// <summary>Identity checks token lifetimes against the real clock, so expiry is shown with a lifetime of zero.</summary>
public class Invitation_expiry(Invitation_expiry.ExpiredInvitationsPortal portal) : IClassFixture<Invitation_expiry.ExpiredInvitationsPortal>
{
    [Fact]
    public void Invitations_are_valid_for_seven_days_by_default()
    {
        using var defaults = new PortalFactory();

        Assert.Equal(TimeSpan.FromDays(7), defaults.Services.GetRequiredService<IOptions<InvitationTokenProviderOptions>>().Value.TokenLifespan);
    }

    [Fact]
    public async Task An_expired_invitation_link_is_refused_with_a_clear_page()
    {
        var tsb = portal.CreatePortalClient();
        await tsb.SignInAsync(await portal.CreateAccountAsync(Roles.TsbStaff));
        await tsb.PostAsync("/users/invite", new Dictionary<string, string>
        {
            ["Email"] = "expired@example.org",
            ["DisplayName"] = "Expired",
            ["Role"] = Roles.Secretariat,
            ["PreferredLanguage"] = "en",
        }, "/users/invite");
        var body = string.Empty;
        await portal.WithDbAsync(async db => body = (await db.OutboxMessages.SingleAsync(m => m.ToAddress == "expired@example.org")).TextBody);
        var link = body.Split('\n').Single(line => line.StartsWith("http://localhost/account/accept-invitation", StringComparison.Ordinal));
        await Task.Delay(20);

        var page = await portal.CreatePortalClient().GetAsync(link);

        Assert.Contains("This link does not work", await page.Content.ReadAsStringAsync());
    }

    public sealed class ExpiredInvitationsPortal : PortalFactory
    {
        protected override void ConfigureTestServices(IServiceCollection services) =>
            services.Configure<InvitationTokenProviderOptions>(o => o.TokenLifespan = TimeSpan.Zero);
    }
}
