using System.ComponentModel.DataAnnotations;
using Consultations.Domain.Common;
using Consultations.Infrastructure.Identity;
using Consultations.Web.Authorization;
using Consultations.Web.Features.Api;
using Consultations.Web.Features.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Consultations.Web.Features.ApiTokens;

/// <summary>A user's personal access tokens for the API: created (two-factor on), listed, revoked.</summary>
[Authorize(Policy = Policies.SignedIn)]
[Route("profile/tokens")]
public sealed class ApiTokensController(Api.ApiTokens tokens, UserManager<ApplicationUser> users, IStringLocalizer<SharedResource> localizer, TimeProvider clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index() => View(await PageAsync(new NewTokenForm()));

    [HttpPost("")]
    public async Task<IActionResult> Create([Bind(Prefix = "Form")] NewTokenForm form)
    {
        if (!ModelState.IsValid)
        {
            return View(nameof(Index), await PageAsync(form));
        }

        var user = await users.GetUserAsync(User) ?? throw new InvalidOperationException("The signed-in user no longer exists.");
        try
        {
            TempData["NewToken"] = await tokens.CreateAsync(user, User.IsInRole(Roles.Delegate), form.Name, form.Scope, form.Days);
            return RedirectToAction(nameof(Index));
        }
        catch (DomainException error)
        {
            ModelState.AddDomainError(error, localizer);
            return View(nameof(Index), await PageAsync(form));
        }
    }

    [HttpPost("{tokenId:int}/revoke")]
    public async Task<IActionResult> Revoke(int tokenId)
    {
        if (!await tokens.RevokeAsync(User.UserId()!, tokenId))
        {
            return NotFound();
        }

        TempData["Status"] = localizer["The token is revoked: it no longer works."].Value;
        return RedirectToAction(nameof(Index));
    }

    private async Task<ApiTokensPage> PageAsync(NewTokenForm form) =>
        new(await tokens.ListAsync(User.UserId()!), form, User.HasTwoFactor(), User.IsInRole(Roles.Delegate), clock.GetUtcNow().UtcDateTime);
}

public sealed class NewTokenForm
{
    [Required(ErrorMessage = "Name the token, for example after the system that uses it.")]
    [StringLength(100, ErrorMessage = "At most {1} characters.")]
    [Display(Name = "Name")]
    public string Name { get; set; } = string.Empty;

    [Display(Name = "What it may do")]
    public string Scope { get; set; } = ApiScopes.Read;

    [Display(Name = "Valid for")]
    public int Days { get; set; } = 90;
}

public sealed record ApiTokensPage(IReadOnlyList<ApiToken> Tokens, NewTokenForm Form, bool HasTwoFactor, bool IsDelegate, DateTime NowUtc);
