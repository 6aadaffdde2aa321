using Consultations.Domain.Common;
using Consultations.Domain.Import;
using Consultations.Web.Authorization;
using Consultations.Web.Composition;
using Consultations.Web.Features.CircularEditor;
using Consultations.Web.Features.Circulars;
using Consultations.Web.Features.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace Consultations.Web.Features.CircularImport;

[Authorize(Policy = Policies.TsbStaff)]
[Route("circulars/import")]
public sealed class CircularImportController(CircularImporter importer, ImportWarningWords words, IStringLocalizer<SharedResource> localizer) : Controller
{
    [HttpGet("")]
    public IActionResult Upload(int? circularId) => View(new ImportUploadForm { CircularId = circularId });

    [HttpPost("")]
    [EnableRateLimiting(RateLimits.Upload)]
    [RequestSizeLimit(CircularImporter.MaxFileBytes + 1024 * 1024)]
    public async Task<IActionResult> Upload(ImportUploadForm upload)
    {
        string text;
        try
        {
            text = await CircularImporter.ReadAsync(upload);
        }
        catch (InvalidDataException error)
        {
            ModelState.AddModelError(nameof(upload.File), localizer[error.Message]);
            return View(upload);
        }

        var parsed = CircularParser.Parse(text);
        if (parsed.Language != "en" && parsed.Number is { } number && parsed.Date is { } date
            && await importer.FindByNumberAsync(number, date.Year) is { } existing)
        {
            return View("Translation", CircularImporter.PreviewTranslation(existing, parsed, text));
        }

        if (parsed.Language != "en")
        {
            ModelState.AddModelError(nameof(upload.File), localizer["This document is in another language. Import the English circular first; its other languages are then added to it."]);
            return View(upload);
        }

        var preview = CircularImporter.ToPreview(parsed, upload.File?.FileName ?? localizer["pasted text"], words);
        if (parsed.Number is { } existingNumber && parsed.Date is { } existingDate && await importer.FindByNumberAsync(existingNumber, existingDate.Year) is not null)
        {
            preview.Warnings.Insert(0, localizer["TSB Circular {0} of {1} exists already. To add a language, import the document from that circular's page.", existingNumber, existingDate.Year]);
        }

        return View("Preview", preview);
    }

    [HttpPost("save")]
    public async Task<IActionResult> Save(ImportPreviewForm form)
    {
        if (!ModelState.IsValid)
        {
            return View("Preview", form);
        }

        try
        {
            var circular = await importer.SaveAsync(form);
            TempData["Status"] = localizer["Draft circular {0} is saved with {1} texts. Check it, then publish it.", circular.Number, circular.Texts.Count].Value;
            return RedirectToAction(nameof(CircularEditorController.Edit), "CircularEditor", new { id = circular.Id });
        }
        catch (DomainException error)
        {
            ModelState.AddDomainError(error, localizer);
            return View("Preview", form);
        }
    }

    [HttpPost("translation")]
    public async Task<IActionResult> Translation(int circularId, string sourceText)
    {
        var parsed = CircularParser.Parse(sourceText ?? string.Empty);
        if (parsed.Number is not { } number || parsed.Date is not { } date
            || await importer.FindByNumberAsync(number, date.Year) is not { } circular || circular.Id != circularId)
        {
            return BadRequest();
        }

        var result = await importer.AddTranslationAsync(circular, parsed, sourceText!);
        TempData["Status"] = localizer["{0} titles and summaries were added to {1} texts.", LanguageNames.Native(result.Language), result.Matches.Count].Value;
        return RedirectToAction(nameof(CircularsController.Show), "Circulars", new { id = circular.Id, lang = result.Language });
    }
}
