using Consultations.Domain.Common;
using Consultations.Web.Authorization;
using Consultations.Web.Features.Circulars;
using Consultations.Web.Features.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Consultations.Web.Features.Outcomes;

/// <summary>TSB records the circular that notified the results of the meeting (Res. 1, 9.6).</summary>
[Authorize(Policy = Policies.TsbStaff)]
[Route("circulars/{circularId:int}/notification")]
public sealed class NotificationController(OutcomeRecording outcomes, IStringLocalizer<SharedResource> localizer) : Controller
{
    private const string ViewPath = "~/Features/Outcomes/Notification.cshtml";

    [HttpGet("")]
    public async Task<IActionResult> Index(int circularId) =>
        await outcomes.PageAsync(circularId) is { } page ? View(ViewPath, new NotificationPage(page, new NotificationForm())) : NotFound();

    [HttpPost("")]
    public async Task<IActionResult> Index(int circularId, [Bind(Prefix = "Form")] NotificationForm form)
    {
        if (ModelState.IsValid)
        {
            try
            {
                await outcomes.RecordNotificationAsync(circularId, form, User.DisplayName());
                TempData["Status"] = localizer["The notification is recorded."].Value;
                return RedirectToAction(nameof(CircularsController.Show), "Circulars", new { id = circularId });
            }
            catch (DomainException error)
            {
                ModelState.AddDomainError(error, localizer);
            }
        }

        return await outcomes.PageAsync(circularId) is { } page ? View(ViewPath, new NotificationPage(page, form)) : NotFound();
    }
}

public sealed record NotificationPage(OutcomePage Outcomes, NotificationForm Form);
