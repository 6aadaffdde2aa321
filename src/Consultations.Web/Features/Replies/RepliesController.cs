using Consultations.Web.Settings;
using Consultations.Web.Composition;
using Consultations.Domain.Common;
using Consultations.Domain.Replies;
using Consultations.Infrastructure.Replies;
using Consultations.Web.Authorization;
using Consultations.Web.Features.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace Consultations.Web.Features.Replies;

/// <summary>
/// The Annex 2 form of the delegate's own administration. The administration always comes from the signed-in
/// delegate, never from the address, so no URL reaches another administration's reply.
/// </summary>
[Authorize(Policy = Policies.DelegateReady)]
[Route("replies")]
public sealed class RepliesController(
    ReplyWorkspace workspace,
    SavingTheForm saving,
    ReceiptPdfs receiptPdfs,
    AttachmentStore files,
    IStringLocalizer<SharedResource> localizer) : Controller
{
    private string MemberState => User.MemberStateCode()!;

    private string UserId => User.UserId()!;

    private static string Language => SupportedCultures.Current;

    [HttpGet("")]
    public async Task<IActionResult> Index() => View(await workspace.MyRepliesAsync(MemberState, UserId));

    [HttpGet("{circularId:int}")]
    public async Task<IActionResult> Form(int circularId)
    {
        if (await workspace.ContextAsync(circularId, MemberState) is not var (circular, state, reply))
        {
            return NotFound();
        }

        var draft = await workspace.DraftAsync(circularId, MemberState, UserId);
        var (form, previous) = ReplyWorkspace.Open(circular, reply, draft, ProfileSignatory());
        var refusal = saving.Refusal(circular, state);
        if (refusal is FormOutcome.NotAMember)
        {
            ModelState.AddModelError(string.Empty, NotAMember(circular, state));
        }

        return View(new ReplyPage(circular, state, reply, form, previous, refusal is null, draft?.SavedAtUtc, LanguageFor(circular)));
    }

    [HttpPost("{circularId:int}")]
    [EnableRateLimiting(RateLimits.Upload)]
    [RequestSizeLimit(AttachmentStore.MaxReplyBytes + (2 * 1024 * 1024))]
    [RequestFormLimits(MultipartBodyLengthLimit = AttachmentStore.MaxReplyBytes + (2 * 1024 * 1024))]
    public async Task<IActionResult> Form(int circularId, [Bind(Prefix = "Form")] ReplyForm form, ReplyIntent intent)
    {
        if (await workspace.ContextAsync(circularId, MemberState) is not var (circular, state, reply))
        {
            return NotFound();
        }

        var draft = await workspace.DraftAsync(circularId, MemberState, UserId);
        var (_, previous) = ReplyWorkspace.Open(circular, reply, draft, ProfileSignatory());
        var usable = saving.Refusal(circular, state) is null;
        ReplyPage Page() => new(circular, state, reply, form, previous, usable, draft?.SavedAtUtc, LanguageFor(circular));
        if (usable && intent == ReplyIntent.ApplyToAll)
        {
            ModelState.Clear();
            form.Rows.ForEach(r => r.Choice = form.AllChoice);
            return View(Page());
        }

        if (usable && !ModelState.IsValid)
        {
            return View(Page());
        }

        switch (await saving.SaveAsync(circular, state, UserId, User.DisplayName(), form.ToInput(), previous, intent))
        {
            case FormOutcome.NotAMember:
                ModelState.AddModelError(string.Empty, NotAMember(circular, state));
                return View(Page());
            case FormOutcome.Closed:
                ModelState.AddModelError(string.Empty, ClosedMessage(circular));
                return View(Page());
            case FormOutcome.Refused refused:
                foreach (var problem in refused.Problems)
                {
                    ModelState.AddModelError(problem.Row < 0 ? string.Empty : $"Form.Rows[{problem.Row}].Files", localizer[DraftProblem.Sentence(problem.Kind)]);
                }

                return View(Page());
            case FormOutcome.Incomplete incomplete:
                ModelState.AddDomainError(incomplete.Rule, localizer, incomplete.Row < 0 ? string.Empty : $"Form.Rows[{incomplete.Row}].Comment");
                var (_, reopenedFiles) = ReplyWorkspace.Open(circular, reply, await workspace.DraftAsync(circularId, MemberState, UserId), ProfileSignatory());
                return View(Page() with { Files = reopenedFiles });
            case FormOutcome.ReadyForReview:
                return RedirectToAction(nameof(Confirm), new { circularId });
            default:
                TempData["Status"] = localizer["Your draft is saved. It does not count until you submit it."].Value;
                return RedirectToAction(nameof(Form), new { circularId });
        }
    }

    [HttpGet("{circularId:int}/confirm")]
    public async Task<IActionResult> Confirm(int circularId)
    {
        if (await workspace.ContextAsync(circularId, MemberState) is not var (circular, state, _))
        {
            return NotFound();
        }

        var draft = await workspace.DraftAsync(circularId, MemberState, UserId);
        return draft is null
            ? RedirectToAction(nameof(Form), new { circularId })
            : View(new ConfirmPage(circular, state, ReplyWorkspace.Read(draft), draft.SavedAtUtc.Ticks, LanguageFor(circular)));
    }

    [HttpPost("{circularId:int}/submit")]
    public async Task<IActionResult> Submit(int circularId, long draftStamp)
    {
        if (await workspace.ContextAsync(circularId, MemberState) is not var (circular, state, _))
        {
            return NotFound();
        }

        var draft = await workspace.DraftAsync(circularId, MemberState, UserId);
        var refusal = saving.Refusal(circular, state);
        if (refusal is FormOutcome.NotAMember)
        {
            return RedirectToAction(nameof(Form), new { circularId });
        }

        if (draft is null || draft.SavedAtUtc.Ticks != draftStamp)
        {
            TempData["Status"] = localizer["The form changed since you reviewed it: review it again before submitting."].Value;
            return RedirectToAction(nameof(Form), new { circularId });
        }

        if (refusal is FormOutcome.Closed)
        {
            TempData["Status"] = ClosedMessage(circular);
            return RedirectToAction(nameof(Form), new { circularId });
        }

        SubmitResult result;
        try
        {
            result = await workspace.SubmitAsync(circular, state, UserId, User.DisplayName());
        }
        catch (DomainException error)
        {
            TempData["Status"] = DomainWords.Say(localizer, error);
            return RedirectToAction(nameof(Form), new { circularId });
        }

        if (result.Stored is null)
        {
            var (form, previous) = ReplyWorkspace.Open(circular, null, draft, ProfileSignatory());
            var current = await workspace.ContextAsync(circularId, MemberState);
            ModelState.AddModelError(string.Empty, localizer["{0} submitted a newer version of your administration's reply while you were editing. Your answers are kept below: compare them with the newer version, then submit again.", result.Newer?.SubmittedByName ?? string.Empty]);
            form.BaseRevision = current?.Reply?.Revision ?? 0;
            return View(nameof(Form), new ReplyPage(circular, state, current?.Reply, form, previous, true, draft.SavedAtUtc, LanguageFor(circular), result.Newer));
        }

        TempData["Status"] = localizer["Your reply is received. Receipt {0}.", result.Reference!].Value;
        return RedirectToAction(nameof(Version), new { circularId, number = result.Stored.Number });
    }

    [HttpGet("{circularId:int}/versions/{number:int}")]
    public async Task<IActionResult> Version(int circularId, int number)
    {
        if (await workspace.ContextAsync(circularId, MemberState) is not var (circular, state, reply) || reply is null
            || reply.Versions.FirstOrDefault(v => v.Number == number) is not { } version)
        {
            return NotFound();
        }

        return View(new VersionPage(circular, state, reply, version, reply.ReferenceOf(circular, version), LanguageFor(circular)));
    }

    [HttpGet("{circularId:int}/versions/{number:int}/receipt.pdf")]
    public async Task<IActionResult> Receipt(int circularId, int number, string? lang)
    {
        if (await workspace.ContextAsync(circularId, MemberState) is not var (circular, state, reply) || reply is null
            || reply.Versions.FirstOrDefault(v => v.Number == number) is not { } version)
        {
            return NotFound();
        }

        var reference = reply.ReferenceOf(circular, version);
        var language = SupportedCultures.IsSupported(lang) ? lang! : LanguageFor(circular);
        return File(receiptPdfs.Pdf(circular, state, reply, version, language), "application/pdf", ReceiptBuilder.FileName(reference));
    }

    [HttpGet("{circularId:int}/files/{storedName}")]
    public async Task<IActionResult> Download(int circularId, string storedName)
    {
        if (await workspace.ContextAsync(circularId, MemberState) is not var (_, _, reply))
        {
            return NotFound();
        }

        var draft = await workspace.DraftAsync(circularId, MemberState, UserId);
        var known = (reply?.Versions.SelectMany(v => v.Attachments) ?? [])
            .Concat(draft is null ? [] : ReplyWorkspace.Read(draft).Rows.SelectMany(r => r.Files))
            .FirstOrDefault(a => a.StoredName == storedName);
        if (known is null || await files.OpenAsync(storedName, HttpContext.RequestAborted) is not { } stream)
        {
            return NotFound();
        }

        await workspace.RecordDownloadAsync(circularId, MemberState, known.FileName);
        return File(stream, known.ContentType, known.FileName);
    }

    private string NotAMember(Domain.Circulars.Circular circular, Domain.Membership.MemberState state) =>
        localizer["{0} was not a Member State of ITU on {1:yyyy-MM-dd}, the date of circular {2}, and cannot reply to it.", state.LocalName(), DateDisplay.Day(circular.Date), circular.Number];

    private Signatory ProfileSignatory() =>
        new(User.DisplayName(), User.FindFirst(PortalClaims.JobTitle)?.Value ?? string.Empty, User.FindFirst(PortalClaims.Place)?.Value ?? string.Empty, DateOnly.FromDateTime(workspace.Now));

    /// <summary>Pages and receipts speak the reader's language; a text's title falls back to English where the circular lacks it.</summary>
    private static string LanguageFor(Domain.Circulars.Circular circular) => Language;

    private string ClosedMessage(Consultations.Domain.Circulars.Circular circular) => circular.IsCancelled
        ? localizer["Circular {0} was cancelled; replies are no longer taken.", circular.Number].Value
        : localizer["The deadline has passed: replies can no longer be saved or submitted online."].Value;
}
