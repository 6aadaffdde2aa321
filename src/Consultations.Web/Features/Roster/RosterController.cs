using Consultations.Domain.Common;
using Consultations.Web.Authorization;
using Consultations.Web.Features.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Consultations.Web.Features.Roster;

[Authorize(Policy = Policies.ViewRoster)]
[Route("roster")]
public sealed class RosterController(RosterService roster, TimeProvider clock, IStringLocalizer<SharedResource> localizer) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(DateOnly? on, string? q, CancellationToken cancellationToken) =>
        View(await roster.ListAsync(on ?? DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), q, cancellationToken));

    [Authorize(Policy = Policies.ManageRoster)]
    [HttpGet("{code}/edit")]
    public async Task<IActionResult> Edit(string code)
    {
        var model = await roster.GetForEditAsync(code);
        return model is null ? NotFound() : View(model);
    }

    [Authorize(Policy = Policies.ManageRoster)]
    [HttpPost("{code}/edit")]
    public async Task<IActionResult> Edit(string code, EditMemberStateModel model)
    {
        model.Code = code;
        var current = await roster.GetForEditAsync(code);
        if (current is null)
        {
            return NotFound();
        }

        model.IsObserver = current.IsObserver;
        model.ReaderName = current.ReaderName;
        // The form sends the corrections only: the shipped names beside them come from the roster again.
        model.Names = [.. current.Names.Select(field => new StateNameField
        {
            Language = field.Language,
            Shipped = field.Shipped,
            Name = model.Names.FirstOrDefault(typed => typed.Language == field.Language)?.Name,
        })];
        if (!ModelState.IsValid)
        {
            return View(model);
        }

        try
        {
            await roster.UpdateAsync(model);
        }
        catch (DomainException error)
        {
            ModelState.AddDomainError(error, localizer);
            return View(model);
        }

        TempData["Status"] = localizer["{0} is saved.", model.Name].Value;
        return RedirectToAction(nameof(Index));
    }
}
