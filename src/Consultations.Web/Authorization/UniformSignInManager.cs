using Consultations.Infrastructure.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Consultations.Web.Authorization;

/// <summary>
/// Password sign-in that costs the same whether the account exists, is locked out, is still an unaccepted invitation
/// or has the wrong password: each path verifies one password hash. Identity itself answers an unknown address
/// without hashing (1.5 ms against 42 ms), which tells an attacker which addresses have accounts.
/// </summary>
public sealed class UniformSignInManager(
    UserManager<ApplicationUser> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<ApplicationUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<ApplicationUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<ApplicationUser> confirmation)
    : SignInManager<ApplicationUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    private static readonly ApplicationUser Nobody = new() { UserName = "nobody" };
    private static readonly Lazy<string> NobodysHash = new(() => new PasswordHasher<ApplicationUser>().HashPassword(Nobody, Guid.NewGuid().ToString()));

    public override async Task<SignInResult> PasswordSignInAsync(string userName, string password, bool isPersistent, bool lockoutOnFailure)
    {
        var user = await UserManager.FindByNameAsync(userName);
        if (user is null)
        {
            SpendOneHash(password);
            return SignInResult.Failed;
        }

        return await PasswordSignInAsync(user, password, isPersistent, lockoutOnFailure);
    }

    public override async Task<SignInResult> CheckPasswordSignInAsync(ApplicationUser user, string password, bool lockoutOnFailure)
    {
        // Identity returns at once for a locked-out account and for one without a password (an open invitation).
        if (user.PasswordHash is null || await IsLockedOut(user))
        {
            SpendOneHash(password);
        }

        return await base.CheckPasswordSignInAsync(user, password, lockoutOnFailure);
    }

    private void SpendOneHash(string password) =>
        UserManager.PasswordHasher.VerifyHashedPassword(Nobody, NobodysHash.Value, password);
}
