using Consultations.Domain.Circulars;
using Consultations.Domain.Common;
using Consultations.Web.Authorization;
using Consultations.Web.Features.Circulars;
using Consultations.Web.Features.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Consultations.Web.Features.CircularEditor;

[Authorize(Policy = Policies.TsbStaff)]
[Route("circulars")]
public sealed class CircularEditorController(
    CircularEditing editing,
    CircularPublishing publishing,
    IStringLocalizer<SharedResource> localizer) : Controller
{
    [HttpGet("new")]
    public IActionResult Create() => View(new EditCircularPage(null, new CircularForm()));

    [HttpPost("new")]
    public async Task<IActionResult> Create([Bind(Prefix = "Form")] CircularForm form)
    {
        if (!ModelState.IsValid)
        {
            return View(new EditCircularPage(null, form));
        }

        try
        {
            var circular = await editing.CreateAsync(form);
            TempData["Status"] = localizer["Draft circular {0} is saved. Add its texts.", circular.Number].Value;
            return RedirectToAction(nameof(Edit), new { id = circular.Id });
        }
        catch (DomainException error)
        {
            ModelState.AddDomainError(error, localizer);
            return View(new EditCircularPage(null, form));
        }
    }

    [HttpGet("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id) =>
        await DraftAsync(id) is { } circular ? View(new EditCircularPage(circular, CircularForm.From(circular))) : NotEditable(id);

    [HttpPost("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, [Bind(Prefix = "Form")] CircularForm form)
    {
        if (await DraftAsync(id) is not { } circular)
        {
            return NotEditable(id);
        }

        if (ModelState.IsValid && await TryAsync(() => editing.UpdateAsync(circular, form)))
        {
            TempData["Status"] = localizer["The circular is saved."].Value;
            return RedirectToAction(nameof(Edit), new { id });
        }

        return View(new EditCircularPage(circular, form));
    }

    [HttpGet("{id:int}/texts/new")]
    public async Task<IActionResult> AddText(int id) =>
        await DraftAsync(id) is { } circular ? View("Text", new TextPage(circular, null, new TextForm())) : NotEditable(id);

    [HttpPost("{id:int}/texts/new")]
    public async Task<IActionResult> AddText(int id, [Bind(Prefix = "Form")] TextForm form)
    {
        if (await DraftAsync(id) is not { } circular)
        {
            return NotEditable(id);
        }

        if (ModelState.IsValid && await TryAsync(() => editing.AddTextAsync(circular, form)))
        {
            TempData["Status"] = localizer["{0} is added.", form.Recommendation].Value;
            return RedirectToAction(nameof(Edit), new { id });
        }

        return View("Text", new TextPage(circular, null, form));
    }

    [HttpGet("{id:int}/texts/{textId:int}/edit")]
    public async Task<IActionResult> EditText(int id, int textId)
    {
        if (await DraftAsync(id) is not { } circular)
        {
            return NotEditable(id);
        }

        var text = circular.Texts.FirstOrDefault(t => t.Id == textId);
        return text is null ? NotFound() : View("Text", new TextPage(circular, textId, TextForm.From(text, circular.Notes)));
    }

    [HttpPost("{id:int}/texts/{textId:int}/edit")]
    public async Task<IActionResult> EditText(int id, int textId, [Bind(Prefix = "Form")] TextForm form)
    {
        if (await DraftAsync(id) is not { } circular)
        {
            return NotEditable(id);
        }

        if (circular.Texts.FirstOrDefault(t => t.Id == textId) is not { } text)
        {
            return NotFound();
        }

        if (ModelState.IsValid && await TryAsync(() => editing.UpdateTextAsync(circular, text, form)))
        {
            TempData["Status"] = localizer["{0} is saved.", form.Recommendation].Value;
            return RedirectToAction(nameof(Edit), new { id });
        }

        return View("Text", new TextPage(circular, textId, form));
    }

    [HttpPost("{id:int}/texts/{textId:int}/remove")]
    public async Task<IActionResult> RemoveText(int id, int textId)
    {
        if (await DraftAsync(id) is not { } circular)
        {
            return NotEditable(id);
        }

        if (circular.Texts.FirstOrDefault(t => t.Id == textId) is not { } text)
        {
            return NotFound();
        }

        await editing.RemoveTextAsync(circular, text);
        TempData["Status"] = localizer["{0} is removed.", text.DisplayNumber].Value;
        return RedirectToAction(nameof(Edit), new { id });
    }

    [HttpPost("{id:int}/texts/{textId:int}/move")]
    public async Task<IActionResult> MoveText(int id, int textId, int position)
    {
        if (await DraftAsync(id) is not { } circular)
        {
            return NotEditable(id);
        }

        if (circular.Texts.FirstOrDefault(t => t.Id == textId) is not { } text)
        {
            return NotFound();
        }

        await editing.MoveTextAsync(circular, text, position);
        return RedirectToAction(nameof(Edit), new { id });
    }

    [HttpGet("{id:int}/publish")]
    public async Task<IActionResult> Publish(int id) =>
        await DraftAsync(id) is { } circular
            ? View(new PublishPage(circular, (await publishing.RecipientsAsync(circular)).Count, new PublishForm(), publishing.NeedsNoticeReasonToday(circular)))
            : NotEditable(id);

    [HttpPost("{id:int}/publish")]
    public async Task<IActionResult> Publish(int id, [Bind(Prefix = "Form")] PublishForm form)
    {
        if (await DraftAsync(id) is not { } circular)
        {
            return NotEditable(id);
        }

        var notified = 0;
        if (ModelState.IsValid && await TryAsync(async () => notified = await publishing.PublishAsync(circular, User.DisplayName(), form.NoticeOverrideReason)))
        {
            TempData["Status"] = localizer["TSB Circular {0} is published; {1} delegates will be notified.", circular.Number, notified].Value;
            return RedirectToAction(nameof(CircularsController.Show), "Circulars", new { id });
        }

        return View(new PublishPage(circular, (await publishing.RecipientsAsync(circular)).Count, form, publishing.NeedsNoticeReasonToday(circular)));
    }

    [HttpGet("{id:int}/amend")]
    public async Task<IActionResult> Amend(int id) =>
        await PublishedAsync(id) is { } circular ? View(NewAmendPage(circular)) : NotFound();

    [HttpPost("{id:int}/amend/meeting")]
    public async Task<IActionResult> ChangeMeeting(int id, [Bind(Prefix = "Meeting")] ChangeMeetingForm form)
    {
        if (await PublishedAsync(id) is not { } circular)
        {
            return NotFound();
        }

        if (ModelState.IsValid && await TryAsync(() => publishing.ChangeMeetingAsync(
            circular, new Meeting(form.Place, form.FirstDay, form.LastDay), form.NoticeOverrideReason, form.Reason, User.DisplayName())))
        {
            return Amended(id);
        }

        return View(nameof(Amend), NewAmendPage(circular) with { Meeting = form });
    }

    [HttpPost("{id:int}/amend/cancel")]
    public async Task<IActionResult> Cancel(int id, [Bind(Prefix = "Cancel")] CancelCircularForm form)
    {
        if (await PublishedAsync(id) is not { } circular)
        {
            return NotFound();
        }

        if (ModelState.IsValid && await TryAsync(() => publishing.CancelAsync(circular, form.Reason, User.DisplayName())))
        {
            return Amended(id);
        }

        return View(nameof(Amend), NewAmendPage(circular) with { Cancel = form });
    }

    [HttpPost("{id:int}/amend/deadline")]
    public async Task<IActionResult> ExtendDeadline(int id, [Bind(Prefix = "Extend")] ExtendDeadlineForm form)
    {
        if (await PublishedAsync(id) is not { } circular)
        {
            return NotFound();
        }

        if (ModelState.IsValid && await TryAsync(() => publishing.ExtendDeadlineAsync(circular, form.NewDeadline!.Value, form.Reopen, form.Reason, User.DisplayName())))
        {
            return Amended(id);
        }

        return View(nameof(Amend), NewAmendPage(circular) with { Extend = form });
    }

    [HttpPost("{id:int}/amend/withdraw")]
    public async Task<IActionResult> WithdrawText(int id, [Bind(Prefix = "Withdraw")] WithdrawTextForm form)
    {
        if (await PublishedAsync(id) is not { } circular)
        {
            return NotFound();
        }

        var text = circular.Texts.FirstOrDefault(t => t.Id == form.TextId);
        if (ModelState.IsValid && text is not null && await TryAsync(() => publishing.WithdrawTextAsync(circular, text, form.Reason, User.DisplayName())))
        {
            return Amended(id);
        }

        return View(nameof(Amend), NewAmendPage(circular) with { Withdraw = form });
    }

    [HttpPost("{id:int}/amend/correct")]
    public async Task<IActionResult> CorrectText(int id, [Bind(Prefix = "Correct")] CorrectTextForm form)
    {
        if (await PublishedAsync(id) is not { } circular)
        {
            return NotFound();
        }

        var text = circular.Texts.FirstOrDefault(t => t.Id == form.TextId);
        if (ModelState.IsValid && text is not null
            && await TryAsync(() => publishing.CorrectTextAsync(circular, text, form.Language, form.Title, form.Summary, form.Reason, User.DisplayName())))
        {
            return Amended(id);
        }

        return View(nameof(Amend), NewAmendPage(circular) with { Correct = form });
    }

    [HttpPost("{id:int}/amend/note")]
    public async Task<IActionResult> TranslateNote(int id, [Bind(Prefix = "Note")] TranslateNoteForm form)
    {
        if (await PublishedAsync(id) is not { } circular)
        {
            return NotFound();
        }

        if (ModelState.IsValid
            && await TryAsync(() => publishing.TranslateNoteAsync(circular, new NoteTranslation(form.Kind, null, form.Language, form.Text), form.Reason, User.DisplayName())))
        {
            return Amended(id);
        }

        return View(nameof(Amend), NewAmendPage(circular) with { Note = form });
    }

    private IActionResult Amended(int id)
    {
        TempData["Status"] = localizer["The amendment is recorded and the delegates will be notified."].Value;
        return RedirectToAction(nameof(CircularsController.Show), "Circulars", new { id });
    }

    private AmendPage NewAmendPage(Circular circular) =>
        new(
            circular,
            publishing.DeadlinePassed(circular),
            new ExtendDeadlineForm(),
            new WithdrawTextForm(),
            new CorrectTextForm(),
            new ChangeMeetingForm { Place = circular.Meeting.Place, FirstDay = circular.Meeting.FirstDay, LastDay = circular.Meeting.LastDay },
            new CancelCircularForm());

    private async Task<Circular?> DraftAsync(int id) =>
        await editing.FindAsync(id) is { IsPublished: false } circular ? circular : null;

    private async Task<Circular?> PublishedAsync(int id) =>
        await editing.FindAsync(id) is { IsPublished: true } circular ? circular : null;

    /// <summary>A published circular is changed only by amendments: send the editor there.</summary>
    private IActionResult NotEditable(int id) => RedirectToAction(nameof(Amend), new { id });

    private async Task<bool> TryAsync(Func<Task> change)
    {
        try
        {
            await change();
            return true;
        }
        catch (DomainException error)
        {
            ModelState.AddDomainError(error, localizer);
            return false;
        }
        catch (Microsoft.EntityFrameworkCore.DbUpdateException)
        {
            // Two edits of one circular at the same moment (another instance, say): the second is refused whole.
            ModelState.AddModelError(string.Empty, localizer["Someone else changed this circular at the same moment. Nothing of your change was saved: reload the page and try again."]);
            return false;
        }
    }
}
