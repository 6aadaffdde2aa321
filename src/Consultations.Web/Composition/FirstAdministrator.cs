using Consultations.Infrastructure.Auditing;
using Consultations.Infrastructure.Identity;
using Consultations.Infrastructure.Persistence;
using Consultations.Web.Email;
using Consultations.Web.Settings;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Consultations.Web.Composition;

/// <summary>
/// On a new installation, invites the first administrator named by Bootstrap:AdministratorEmail,
/// so that no password ever sits in configuration. Does nothing once an administrator exists.
/// </summary>
public sealed class FirstAdministrator(
    UserManager<ApplicationUser> users,
    AccountMail mail,
    AuditLog audit,
    UnitOfWork unitOfWork,
    IConfiguration configuration,
    IOptions<PortalOptions> portal,
    IOptions<InvitationTokenProviderOptions> invitation,
    TimeProvider clock,
    ILogger<FirstAdministrator> logger)
{
    public async Task EnsureAsync()
    {
        var email = configuration["Bootstrap:AdministratorEmail"];
        if (string.IsNullOrWhiteSpace(email) || (await users.GetUsersInRoleAsync(Roles.Administrator)).Count > 0
            || await users.FindByEmailAsync(email) is not null)
        {
            return;
        }

        var baseUrl = (portal.Value.PublicBaseUrl ?? "http://localhost:8080").TrimEnd('/');
        var user = new ApplicationUser
        {
            UserName = email,
            Email = email,
            DisplayName = "Administrator",
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        await unitOfWork.InTransactionAsync(async () =>
        {
            await users.CreateAsync(user);
            await users.AddToRoleAsync(user, Roles.Administrator);
            var token = await users.GenerateUserTokenAsync(user, InvitationTokenProvider.ProviderName, InvitationTokenProvider.Purpose);
            var link = $"{baseUrl}/account/accept-invitation?userId={Uri.EscapeDataString(user.Id)}&token={Uri.EscapeDataString(token)}";
            mail.QueueInvitation(user, link, "ITU-T Consultations", invitation.Value.TokenLifespan);
            audit.Record("Account.Invited", "User", user.Id, $"{email} as first {Roles.Administrator}");
        });
        logger.LogInformation("The first administrator, {Email}, was invited by e-mail.", email);
    }
}
