using Consultations.Infrastructure.Auditing;
using Consultations.Infrastructure.Identity;
using Consultations.Infrastructure.Persistence;
using Consultations.Web.Email;
using Consultations.Web.Composition;
using Consultations.Web.Features.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace Consultations.Web.Features.Account;

[AllowAnonymous]
[Route("account")]
public sealed class AccountController(
    SignInManager<ApplicationUser> signIn,
    UserManager<ApplicationUser> users,
    AccountMail mail,
    AuditLog audit,
    UnitOfWork unitOfWork,
    PortalLinks links,
    IStringLocalizer<SharedResource> localizer) : Controller
{
    [HttpGet("sign-in")]
    public IActionResult SignIn(string? returnUrl) => View(new SignInModel { ReturnUrl = returnUrl });

    [HttpPost("sign-in")]
    [EnableRateLimiting(RateLimits.Account)]
    public async Task<IActionResult> SignIn(SignInModel model)
    {
        if (!ModelState.IsValid)
        {
            return View(model);
        }

        var result = await signIn.PasswordSignInAsync(model.Email.Trim(), model.Password, model.RememberMe, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return LocalRedirect(SafeReturnUrl(model.ReturnUrl));
        }

        if (result.RequiresTwoFactor)
        {
            return RedirectToAction(nameof(TwoFactor), new { returnUrl = model.ReturnUrl, rememberMe = model.RememberMe });
        }

        // A locked-out account is answered like a wrong password: a page of its own would tell which addresses exist.
        ModelState.AddModelError(string.Empty, localizer["The e-mail address or the password is not right."]);
        ModelState.AddModelError(string.Empty, localizer["After five wrong attempts an account is locked for 15 minutes."]);
        return View(model);
    }

    [HttpGet("two-factor")]
    public async Task<IActionResult> TwoFactor(string? returnUrl, bool rememberMe)
    {
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is null)
        {
            return RedirectToAction(nameof(SignIn), new { returnUrl });
        }

        return View(new TwoFactorSignInModel { ReturnUrl = returnUrl, RememberMe = rememberMe });
    }

    [HttpPost("two-factor")]
    [EnableRateLimiting(RateLimits.Account)]
    public async Task<IActionResult> TwoFactor(TwoFactorSignInModel model)
    {
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is null)
        {
            return RedirectToAction(nameof(SignIn), new { returnUrl = model.ReturnUrl });
        }

        if (!ModelState.IsValid)
        {
            return View(model);
        }

        var code = model.Code.Replace(" ", string.Empty, StringComparison.Ordinal).Trim();
        var result = await signIn.TwoFactorAuthenticatorSignInAsync(code, model.RememberMe, model.RememberMachine);
        if (result.Succeeded)
        {
            return LocalRedirect(SafeReturnUrl(model.ReturnUrl));
        }

        if (result.IsLockedOut)
        {
            return RedirectToAction(nameof(LockedOut));
        }

        ModelState.AddModelError(nameof(model.Code), localizer["That code is not right. Codes change every 30 seconds: type the one shown now."]);
        return View(model);
    }

    [HttpGet("recovery-code")]
    public async Task<IActionResult> RecoveryCode(string? returnUrl)
    {
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is null)
        {
            return RedirectToAction(nameof(SignIn), new { returnUrl });
        }

        return View(new RecoveryCodeSignInModel { ReturnUrl = returnUrl });
    }

    [HttpPost("recovery-code")]
    [EnableRateLimiting(RateLimits.Account)]
    public async Task<IActionResult> RecoveryCode(RecoveryCodeSignInModel model)
    {
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is not { } user)
        {
            return RedirectToAction(nameof(SignIn), new { returnUrl = model.ReturnUrl });
        }

        if (!ModelState.IsValid)
        {
            return View(model);
        }

        var result = await signIn.TwoFactorRecoveryCodeSignInAsync(model.RecoveryCode.Replace(" ", string.Empty, StringComparison.Ordinal));
        if (result.Succeeded)
        {
            await audit.RecordAndSaveAsync("Account.RecoveryCodeUsed", "User", user.Id);
            return LocalRedirect(SafeReturnUrl(model.ReturnUrl));
        }

        if (result.IsLockedOut)
        {
            return RedirectToAction(nameof(LockedOut));
        }

        ModelState.AddModelError(nameof(model.RecoveryCode), localizer["That recovery code is not right, or was used already."]);
        return View(model);
    }

    [HttpPost("sign-out")]
    public async Task<IActionResult> SignOutOfPortal()
    {
        // A new security stamp ends this session everywhere, including any copy of its cookie.
        if (await users.GetUserAsync(User) is { } user)
        {
            await users.UpdateSecurityStampAsync(user);
            await audit.RecordAndSaveAsync("Account.SignedOut", "User", user.Id);
        }

        await signIn.SignOutAsync();
        return RedirectToAction(nameof(Home.HomeController.Index), "Home");
    }

    [HttpGet("locked-out")]
    public IActionResult LockedOut() => View();

    [HttpGet("access-denied")]
    public IActionResult AccessDenied()
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return View();
    }

    [HttpGet("forgot-password")]
    public IActionResult ForgotPassword() => View(new ForgotPasswordModel());

    [HttpPost("forgot-password")]
    [EnableRateLimiting(RateLimits.Account)]
    public async Task<IActionResult> ForgotPassword(ForgotPasswordModel model)
    {
        if (!ModelState.IsValid)
        {
            return View(model);
        }

        // The answer is the same whether or not the address has an account, so that nobody can probe for accounts.
        var user = await users.FindByEmailAsync(model.Email.Trim());
        if (user is not null && !user.IsInvitationPending && !await mail.PasswordResetsExhaustedAsync(user))
        {
            var token = await users.GeneratePasswordResetTokenAsync(user);
            var link = links.To(nameof(ResetPassword), "Account", new { userId = user.Id, token });
            await unitOfWork.InTransactionAsync(() =>
            {
                mail.QueuePasswordReset(user, link);
                audit.Record("Account.PasswordResetRequested", "User", user.Id);
                return Task.CompletedTask;
            });
        }

        return View("ForgotPasswordSent");
    }

    [HttpGet("reset-password")]
    public IActionResult ResetPassword(string? userId, string? token) =>
        string.IsNullOrEmpty(userId) || string.IsNullOrEmpty(token)
            ? View("LinkInvalid")
            : View(new SetPasswordModel { UserId = userId, Token = token });

    [HttpPost("reset-password")]
    public async Task<IActionResult> ResetPassword(SetPasswordModel model)
    {
        if (!ModelState.IsValid)
        {
            return View(model);
        }

        var user = await users.FindByIdAsync(model.UserId);
        if (user is null)
        {
            return View("LinkInvalid");
        }

        var result = await unitOfWork.InTransactionAsync(user, async current =>
        {
            var reset = await users.ResetPasswordAsync(current, model.Token, model.Password);
            if (reset.Succeeded)
            {
                await users.ResetAccessFailedCountAsync(current);
                await users.SetLockoutEndDateAsync(current, null);
                audit.Record("Account.PasswordReset", "User", current.Id);
            }

            return reset;
        });
        if (!result.Succeeded)
        {
            return IdentityErrors(result, model);
        }

        return View("PasswordChanged");
    }

    [HttpGet("accept-invitation")]
    public async Task<IActionResult> AcceptInvitation(string? userId, string? token)
    {
        var user = userId is null ? null : await users.FindByIdAsync(userId);
        if (user is null || string.IsNullOrEmpty(token) || !user.IsInvitationPending
            || !await users.VerifyUserTokenAsync(user, InvitationTokenProvider.ProviderName, InvitationTokenProvider.Purpose, token))
        {
            return View("LinkInvalid");
        }

        ViewBag.Email = user.Email;
        return View(new SetPasswordModel { UserId = user.Id, Token = token });
    }

    [HttpPost("accept-invitation")]
    [EnableRateLimiting(RateLimits.Account)]
    public async Task<IActionResult> AcceptInvitation(SetPasswordModel model)
    {
        var user = await users.FindByIdAsync(model.UserId);
        if (user is null || !user.IsInvitationPending
            || !await users.VerifyUserTokenAsync(user, InvitationTokenProvider.ProviderName, InvitationTokenProvider.Purpose, model.Token))
        {
            return View("LinkInvalid");
        }

        ViewBag.Email = user.Email;
        if (!ModelState.IsValid)
        {
            return View(model);
        }

        var (result, accepted) = await unitOfWork.InTransactionAsync(user, async current =>
        {
            var added = await users.AddPasswordAsync(current, model.Password);
            if (added.Succeeded)
            {
                current.EmailConfirmed = true;
                await users.UpdateAsync(current);
                audit.Record("Account.InvitationAccepted", "User", current.Id);
            }

            return (added, current);
        });
        if (!result.Succeeded)
        {
            return IdentityErrors(result, model);
        }

        await signIn.SignInAsync(accepted, isPersistent: false);
        return RedirectToAction(nameof(Profile.ProfileController.Index), "Profile");
    }

    private ViewResult IdentityErrors(IdentityResult result, SetPasswordModel model)
    {
        foreach (var error in result.Errors)
        {
            ModelState.AddModelError(
                error.Code == "InvalidToken" ? string.Empty : nameof(model.Password),
                localizer[IdentityMessages.For(error.Code)]);
        }

        return View(model);
    }

    private string SafeReturnUrl(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && Url.IsLocalUrl(returnUrl) ? returnUrl : Url.Action(nameof(Home.HomeController.Index), "Home")!;
}
