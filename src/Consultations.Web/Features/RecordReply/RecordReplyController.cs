using Consultations.Domain.Common;
using Consultations.Infrastructure.Persistence;
using Consultations.Web.Authorization;
using Consultations.Web.Composition;
using Consultations.Web.Features.CircularEditor;
using Consultations.Web.Features.Circulars;
using Consultations.Web.Features.Replies;
using Consultations.Web.Features.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace Consultations.Web.Features.RecordReply;

[Authorize(Policy = Policies.TsbStaff)]
[Route("circulars/{circularId:int}/record-reply")]
public sealed class RecordReplyController(
    CircularEditing circulars,
    ReplyRecording recording,
    MemberStateChoices memberStates,
    IStringLocalizer<SharedResource> localizer) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Record(int circularId)
    {
        if (await circulars.FindAsync(circularId) is not { IsPublished: true } circular)
        {
            return NotFound();
        }

        var form = new RecordReplyForm { Rows = circular.ActiveTexts.Select(t => new ReplyRowForm { TextId = t.Id }).ToList() };
        return View(new RecordReplyPage(circular, form, await memberStates.ItemsAsync(localizer["(choose)"])));
    }

    [HttpPost("")]
    [EnableRateLimiting(RateLimits.Upload)]
    public async Task<IActionResult> Record(int circularId, [Bind(Prefix = "Form")] RecordReplyForm form)
    {
        if (await circulars.FindAsync(circularId) is not { IsPublished: true } circular)
        {
            return NotFound();
        }

        if (ModelState.IsValid)
        {
            try
            {
                var recorded = await recording.RecordAsync(circular, form, User.UserId()!, User.DisplayName());
                TempData["Status"] = localizer["Reply {0} is recorded{1}.", recorded.Reference, recorded.Status == Domain.Tally.VersionStatus.Late ? localizer[" as late: it is kept but not counted"].Value : string.Empty].Value;
                return RedirectToAction(nameof(CircularsController.Show), "Circulars", new { id = circularId });
            }
            catch (DomainException error)
            {
                ModelState.AddDomainError(error, localizer, error.Subject == "ReceivedOn" ? "Form.ReceivedOn" : string.Empty);
            }
            catch (InvalidDataException)
            {
                ModelState.AddModelError("Form.Original", localizer["A file is not a PDF, Word (DOCX or DOC), OpenDocument text or plain text file. Files are checked by their content, not their name."]);
            }
        }

        return View(new RecordReplyPage(circular, form, await memberStates.ItemsAsync(localizer["(choose)"])));
    }

    /// <summary>Reads a filled Annex 2 into the form, for TSB to check and then record.</summary>
    [HttpPost("read")]
    [EnableRateLimiting(RateLimits.Upload)]
    public async Task<IActionResult> Read(int circularId, [Bind(Prefix = "Form")] RecordReplyForm form)
    {
        if (await circulars.FindAsync(circularId) is not { IsPublished: true } circular)
        {
            return NotFound();
        }

        ModelState.Clear();
        if (form.Original is not { Length: > 0 } upload)
        {
            ModelState.AddModelError("Form.Original", localizer["Choose the filled Annex 2 to read."]);
            return View(nameof(Record), new RecordReplyPage(circular, form, await memberStates.ItemsAsync(localizer["(choose)"])));
        }

        try
        {
            var reading = await recording.ReadAnnexTwoAsync(circular, form, upload);
            return View(nameof(Record), new RecordReplyPage(circular, form, await memberStates.ItemsAsync(localizer["(choose)"])) { Reading = reading });
        }
        catch (InvalidDataException)
        {
            ModelState.AddModelError("Form.Original", localizer["A file is not a PDF, Word (DOCX or DOC), OpenDocument text or plain text file. Files are checked by their content, not their name."]);
            return View(nameof(Record), new RecordReplyPage(circular, form, await memberStates.ItemsAsync(localizer["(choose)"])));
        }
    }
}
