using Consultations.Infrastructure.Auditing;
using Consultations.Infrastructure.Identity;
using Consultations.Infrastructure.Persistence;
using Consultations.Web.Authorization;
using Consultations.Web.Features.Account;
using Consultations.Web.Features.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Consultations.Web.Features.Profile;

[Authorize(Policy = Policies.SignedIn)]
[Route("profile")]
public sealed class ProfileController(
    UserManager<ApplicationUser> users,
    SignInManager<ApplicationUser> signIn,
    AppDbContext db,
    AuditLog audit,
    UnitOfWork unitOfWork,
    IStringLocalizer<SharedResource> localizer) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index()
    {
        var user = await CurrentUserAsync();
        return View(await BuildProfileAsync(user, null));
    }

    [HttpPost("")]
    public async Task<IActionResult> Index([Bind(Prefix = "Edit")] EditProfileModel edit)
    {
        var user = await CurrentUserAsync();
        if (!ModelState.IsValid)
        {
            return View(await BuildProfileAsync(user, edit));
        }

        user = await unitOfWork.InTransactionAsync(user, async current =>
        {
            current.DisplayName = edit.DisplayName.Trim();
            current.JobTitle = edit.JobTitle?.Trim();
            current.Place = edit.Place?.Trim();
            current.PreferredLanguage = edit.PreferredLanguage;
            await users.UpdateAsync(current);
            audit.Record("Account.ProfileUpdated", "User", current.Id);
            return current;
        });
        await signIn.RefreshSignInAsync(user);
        CultureCookie.Set(Response, edit.PreferredLanguage);
        TempData["Status"] = localizer["Your profile is saved."].Value;
        return RedirectToAction(nameof(Index));
    }

    [HttpGet("change-password")]
    public IActionResult ChangePassword() => View(new ChangePasswordModel());

    [HttpPost("change-password")]
    public async Task<IActionResult> ChangePassword(ChangePasswordModel model)
    {
        if (!ModelState.IsValid)
        {
            return View(model);
        }

        var user = await CurrentUserAsync();
        var (result, changedUser) = await unitOfWork.InTransactionAsync(user, async current =>
        {
            var changed = await users.ChangePasswordAsync(current, model.CurrentPassword, model.NewPassword);
            if (changed.Succeeded)
            {
                audit.Record("Account.PasswordChanged", "User", user.Id);
            }

            return (changed, current);
        });
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                var field = error.Code == "PasswordMismatch" ? nameof(model.CurrentPassword) : nameof(model.NewPassword);
                ModelState.AddModelError(field, localizer[IdentityMessages.For(error.Code)]);
            }

            return View(model);
        }

        // The new password renewed the security stamp, which ends every other session; this one carries the new stamp.
        await signIn.RefreshSignInAsync(changedUser);
        TempData["Status"] = localizer["Your password is changed."].Value;
        return RedirectToAction(nameof(Index));
    }

    [HttpGet("two-factor")]
    public async Task<IActionResult> TwoFactor()
    {
        var user = await CurrentUserAsync();
        return View(new TwoFactorStatusModel
        {
            Enabled = user.TwoFactorEnabled,
            RecoveryCodesLeft = user.TwoFactorEnabled ? await users.CountRecoveryCodesAsync(user) : 0,
            IsDelegate = User.IsInRole(Roles.Delegate),
        });
    }

    [HttpGet("two-factor/required")]
    public IActionResult TwoFactorRequired() => View();

    [HttpGet("authenticator")]
    public async Task<IActionResult> Authenticator()
    {
        var user = await CurrentUserAsync();
        return View(await AuthenticatorSetupAsync(user, new AuthenticatorSetupModel()));
    }

    [HttpPost("authenticator")]
    public async Task<IActionResult> Authenticator(AuthenticatorSetupModel model)
    {
        var user = await CurrentUserAsync();
        if (!ModelState.IsValid)
        {
            return View(await AuthenticatorSetupAsync(user, model));
        }

        var code = model.Code.Replace(" ", string.Empty, StringComparison.Ordinal).Trim();
        var valid = await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code);
        if (!valid)
        {
            ModelState.AddModelError(nameof(model.Code), localizer["That code is not right. Check that the app shows ITU-T Consultations and type the code shown now."]);
            return View(await AuthenticatorSetupAsync(user, model));
        }

        var (enrolled, recoveryCodes) = await unitOfWork.InTransactionAsync(user, async current =>
        {
            await users.SetTwoFactorEnabledAsync(current, true);
            audit.Record("Account.TwoFactorEnabled", "User", current.Id);
            return (current, (await users.GenerateNewTwoFactorRecoveryCodesAsync(current, 10))?.ToList() ?? []);
        });
        await signIn.RefreshSignInAsync(enrolled);
        return View("RecoveryCodes", recoveryCodes);
    }

    [HttpPost("recovery-codes")]
    public async Task<IActionResult> RegenerateRecoveryCodes()
    {
        var user = await CurrentUserAsync();
        if (!user.TwoFactorEnabled)
        {
            return RedirectToAction(nameof(TwoFactor));
        }

        var codes = await unitOfWork.InTransactionAsync(user, async current =>
        {
            audit.Record("Account.RecoveryCodesRegenerated", "User", current.Id);
            return (await users.GenerateNewTwoFactorRecoveryCodesAsync(current, 10))?.ToList() ?? [];
        });
        return View("RecoveryCodes", codes);
    }

    [HttpPost("two-factor/disable")]
    public async Task<IActionResult> DisableTwoFactor(string? password)
    {
        var user = await CurrentUserAsync();

        // A session alone (a borrowed laptop, a copied cookie) must not be enough to remove the second factor.
        if (string.IsNullOrEmpty(password) || !await users.CheckPasswordAsync(user, password))
        {
            TempData["Status"] = localizer["Two-factor authentication stays on: the password was not right."].Value;
            return RedirectToAction(nameof(TwoFactor));
        }

        user = await unitOfWork.InTransactionAsync(user, async current =>
        {
            await users.SetTwoFactorEnabledAsync(current, false);
            await users.ResetAuthenticatorKeyAsync(current);
            audit.Record("Account.TwoFactorDisabled", "User", current.Id);
            return current;
        });
        await signIn.RefreshSignInAsync(user);
        TempData["Status"] = localizer["Two-factor authentication is off."].Value;
        return RedirectToAction(nameof(TwoFactor));
    }

    private async Task<AuthenticatorSetupModel> AuthenticatorSetupAsync(ApplicationUser user, AuthenticatorSetupModel model)
    {
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            await signIn.RefreshSignInAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user) ?? throw new InvalidOperationException("No authenticator key was generated.");
        }

        model.SharedKey = AuthenticatorQrCode.Readable(key);
        model.QrCodeDataUri = AuthenticatorQrCode.PngDataUri(AuthenticatorQrCode.OtpAuthUri(user.Email!, key));
        return model;
    }

    private async Task<ProfileViewModel> BuildProfileAsync(ApplicationUser user, EditProfileModel? edit)
    {
        var memberState = user.MemberStateCode is null
            ? null
            : (await db.MemberStates.AsNoTracking().FirstOrDefaultAsync(m => m.Code == user.MemberStateCode))?.LocalName();
        return new ProfileViewModel
        {
            Email = user.Email!,
            Roles = [.. await users.GetRolesAsync(user)],
            MemberStateName = memberState,
            DesignatedFrom = user.DesignatedFrom,
            DesignatedUntil = user.DesignatedUntil,
            TwoFactorEnabled = user.TwoFactorEnabled,
            HasCalendarFeed = user.CalendarFeedHash is not null,
            Edit = edit ?? new EditProfileModel
            {
                DisplayName = user.DisplayName,
                JobTitle = user.JobTitle,
                Place = user.Place,
                PreferredLanguage = user.PreferredLanguage,
            },
        };
    }

    private async Task<ApplicationUser> CurrentUserAsync() =>
        await users.GetUserAsync(User) ?? throw new InvalidOperationException("The signed-in user no longer exists.");
}
