using Consultations.Infrastructure.Identity;
using Consultations.Web.Authorization;
using Consultations.Web.Features.Account;
using Consultations.Web.Features.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Consultations.Web.Features.Users;

[Authorize(Policy = Policies.ManageAccounts)]
[Route("users")]
public sealed class UsersController(
    UserAdministration administration,
    MemberStateChoices memberStates,
    PortalLinks links,
    TimeProvider clock,
    IStringLocalizer<SharedResource> localizer) : Controller
{
    private bool IsAdministrator => User.IsInRole(Roles.Administrator);

    [HttpGet("")]
    public async Task<IActionResult> Index(string? q, CancellationToken cancellationToken) =>
        View(await administration.ListAsync(q, cancellationToken));

    [HttpGet("invite")]
    public async Task<IActionResult> Invite()
    {
        await PrepareFormAsync();
        return View(new InviteUserModel { DesignatedFrom = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime) });
    }

    [HttpPost("invite")]
    public async Task<IActionResult> Invite(InviteUserModel model)
    {
        CheckGrantable(model.Role);
        if (!ModelState.IsValid)
        {
            await PrepareFormAsync();
            return View(model);
        }

        var (user, result) = await administration.InviteAsync(model, User.DisplayName(), InvitationLink);
        if (user is null)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(nameof(model.Email), localizer[IdentityMessages.For(error.Code)]);
            }

            await PrepareFormAsync();
            return View(model);
        }

        TempData["Status"] = localizer["An invitation was sent to {0}.", user.Email!].Value;

        return RedirectToAction(nameof(Index));
    }

    [HttpGet("{id}/edit")]
    public async Task<IActionResult> Edit(string id)
    {
        var model = await administration.GetForEditAsync(id);
        if (model is null)
        {
            return NotFound();
        }

        if (!MayActOn(model))
        {
            return Forbid();
        }

        await PrepareFormAsync();
        return View(model);
    }

    [HttpPost("{id}/edit")]
    public async Task<IActionResult> Edit(string id, EditUserModel model)
    {
        var current = await administration.GetForEditAsync(id);
        if (current is null)
        {
            return NotFound();
        }

        if (!MayActOn(current))
        {
            return Forbid();
        }

        model.Id = id;
        CheckGrantable(model.Role);
        if (!ModelState.IsValid)
        {
            model.Email = current.Email;
            model.InvitationPending = current.InvitationPending;
            model.LockedOut = current.LockedOut;
            await PrepareFormAsync();
            return View(model);
        }

        await administration.UpdateAsync(model);
        TempData["Status"] = localizer["The account of {0} is saved.", model.DisplayName].Value;
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("{id}/resend-invitation")]
    public async Task<IActionResult> ResendInvitation(string id)
    {
        if (await administration.GetForEditAsync(id) is not { } target)
        {
            return NotFound();
        }

        if (!MayActOn(target))
        {
            return Forbid();
        }

        if (!await administration.ResendInvitationAsync(id, User.DisplayName(), InvitationLink))
        {
            return NotFound();
        }

        TempData["Status"] = localizer["A new invitation was sent."].Value;

        return RedirectToAction(nameof(Index));
    }

    [HttpPost("{id}/unlock")]
    public async Task<IActionResult> Unlock(string id)
    {
        if (await administration.GetForEditAsync(id) is not { } target)
        {
            return NotFound();
        }

        if (!MayActOn(target))
        {
            return Forbid();
        }

        if (!await administration.UnlockAsync(id))
        {
            return NotFound();
        }

        TempData["Status"] = localizer["The account is unlocked."].Value;
        return RedirectToAction(nameof(Edit), new { id });
    }

    private string InvitationLink(ApplicationUser user, string token) =>
        links.To(nameof(AccountController.AcceptInvitation), "Account", new { userId = user.Id, token });

    private IReadOnlyList<string> RolesGrantable() => UserAdministration.RolesGrantableBy(IsAdministrator);

    /// <summary>Nobody acts on the account of a role they could not give: TSB staff never on an administrator's or another TSB officer's.</summary>
    private bool MayActOn(EditUserModel target) => RolesGrantable().Contains(target.Role);

    private void CheckGrantable(string role)
    {
        if (!RolesGrantable().Contains(role))
        {
            ModelState.AddModelError(nameof(InviteUserModel.Role), localizer["You cannot give this role."]);
        }
    }

    private async Task PrepareFormAsync()
    {
        ViewBag.Roles = RolesGrantable().Select(r => new Microsoft.AspNetCore.Mvc.Rendering.SelectListItem(localizer[RoleNames.Label(r)], r)).ToList();
        ViewBag.MemberStates = await memberStates.ItemsAsync(localizer["(none)"]);
    }
}
