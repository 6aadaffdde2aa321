using Microsoft.AspNetCore.Identity;
using OtpNet;

namespace Consultations.Infrastructure.Identity;

/// <summary>
/// Authenticator codes (RFC 6238) that are accepted once: the time step of the last accepted code is kept with the
/// account, and a code of that step or an earlier one is refused, so a code seen over a shoulder or in a proxy log
/// cannot open a second session. Codes are compared with the real clock, which is what the user's phone shows.
/// </summary>
public sealed class OneTimeAuthenticatorTokenProvider : IUserTwoFactorTokenProvider<ApplicationUser>
{
    public const string ProviderName = "OneTimeAuthenticator";

    /// <summary>Steps of 30 seconds either side of now that are still accepted (a phone's clock drifts).</summary>
    private static readonly VerificationWindow Window = new(previous: 2, future: 2);

    public async Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<ApplicationUser> manager, ApplicationUser user) =>
        !string.IsNullOrWhiteSpace(await manager.GetAuthenticatorKeyAsync(user));

    /// <summary>The phone generates the codes; the portal never does.</summary>
    public Task<string> GenerateAsync(string purpose, UserManager<ApplicationUser> manager, ApplicationUser user) =>
        Task.FromResult(string.Empty);

    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<ApplicationUser> manager, ApplicationUser user)
    {
        var key = await manager.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrWhiteSpace(key) || token.Length != 6 || !token.All(char.IsAsciiDigit))
        {
            return false;
        }

        var totp = new Totp(Base32Encoding.ToBytes(key));
        if (!totp.VerifyTotp(DateTime.UtcNow, token, out var step, Window) || step <= user.LastAuthenticatorTimeStep)
        {
            return false;
        }

        // Saved with the account's concurrency stamp: of two sign-ins racing with one code, the second fails to save.
        user.LastAuthenticatorTimeStep = step;
        var saved = await manager.UpdateAsync(user);
        return saved.Succeeded;
    }
}
