using Consultations.Domain.Common;
using Consultations.Web.Authorization;
using Consultations.Web.Features.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Consultations.Web.Features.Outcomes;

[Authorize(Policy = Policies.RecordOutcomes)]
[Route("circulars/{circularId:int}/outcomes")]
public sealed class OutcomesController(OutcomeRecording outcomes, IStringLocalizer<SharedResource> localizer) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int circularId) =>
        await outcomes.PageAsync(circularId) is { } page ? View(page) : NotFound();

    [HttpPost("{textId:int}")]
    public async Task<IActionResult> Record(int circularId, int textId, OutcomeForm form)
    {
        if (!ModelState.IsValid)
        {
            return await outcomes.PageAsync(circularId) is { } invalid ? View(nameof(Index), invalid) : NotFound();
        }

        try
        {
            await outcomes.RecordAsync(circularId, textId, form, User.DisplayName());
            TempData["Status"] = localizer["The outcome is recorded."].Value;
            return RedirectToAction(nameof(Index), new { circularId });
        }
        catch (DomainException error)
        {
            ModelState.AddDomainError(error, localizer);
            return await outcomes.PageAsync(circularId) is { } page ? View(nameof(Index), page) : NotFound();
        }
    }

    [HttpPost("{textId:int}/opposition")]
    public async Task<IActionResult> Opposition(int circularId, int textId, OppositionForm form)
    {
        if (ModelState.IsValid)
        {
            try
            {
                await outcomes.RecordOppositionAsync(circularId, textId, form, User.DisplayName());
                TempData["Status"] = localizer["The formal opposition is recorded."].Value;
                return RedirectToAction(nameof(Index), new { circularId });
            }
            catch (DomainException error)
            {
                ModelState.AddDomainError(error, localizer);
            }
        }

        return await outcomes.PageAsync(circularId) is { } page ? View(nameof(Index), page) : NotFound();
    }
}
