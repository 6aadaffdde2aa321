using Consultations.Infrastructure.Auditing;
using Consultations.Infrastructure.Identity;
using Consultations.Infrastructure.Persistence;
using Consultations.Web.Authorization;
using Microsoft.AspNetCore.Identity;

namespace Consultations.Web.Features.Home;

/// <summary>The language a signed-in user chose with the switcher becomes their profile's language: pages on every device, and e-mails.</summary>
public sealed class LanguagePreference(UserManager<ApplicationUser> users, SignInManager<ApplicationUser> signIn, UnitOfWork unitOfWork, AuditLog audit)
{
    public async Task RememberAsync(System.Security.Claims.ClaimsPrincipal principal, string language)
    {
        if (principal.UserId() is not { } id || await users.FindByIdAsync(id) is not { } user || user.PreferredLanguage == language)
        {
            return;
        }

        user = await unitOfWork.InTransactionAsync(user, async current =>
        {
            var before = current.PreferredLanguage;
            current.PreferredLanguage = language;
            await users.UpdateAsync(current);
            audit.Record("Account.LanguageChosen", "User", current.Id, $"{before} -> {language}");
            return current;
        });
        await signIn.RefreshSignInAsync(user);
    }
}
