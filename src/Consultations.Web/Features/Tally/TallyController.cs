using Consultations.Infrastructure.Auditing;
using Consultations.Infrastructure.Persistence;
using Consultations.Web.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Consultations.Web.Features.Tally;

[Authorize(Policy = Policies.Secretariat)]
[Route("circulars/{circularId:int}/tally")]
public sealed class TallyController(
    TallyReading reading,
    TallyExports exports,
    AppDbContext db,
    AuditLog audit,
    IStringLocalizer<SharedResource> localizer,
    TimeProvider clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int circularId, CancellationToken cancellationToken)
    {
        if (await reading.ReadAsync(circularId, cancellationToken) is not { } view)
        {
            return NotFound();
        }

        return View(new TallyPage(view, TallyReading.NonResponderNames(view), clock.GetUtcNow().UtcDateTime));
    }

    /// <summary>The Member States that have not replied, with their delegates' addresses, for follow-up.</summary>
    [HttpGet("non-responders")]
    public async Task<IActionResult> NonResponders(int circularId, CancellationToken cancellationToken)
    {
        if (await reading.ReadAsync(circularId, cancellationToken) is not { } view)
        {
            return NotFound();
        }

        return View(new TallyPage(view, await reading.NonRespondersAsync(view, cancellationToken), clock.GetUtcNow().UtcDateTime));
    }

    [HttpGet("texts/{textId:int}")]
    public async Task<IActionResult> Text(int circularId, int textId, CancellationToken cancellationToken)
    {
        if (await reading.ReadAsync(circularId, cancellationToken) is not { } view || view.Circular.Texts.FirstOrDefault(t => t.Id == textId) is not { } text)
        {
            return NotFound();
        }

        return View(new TextDrillDown(view, text, await reading.RepliesAsync(circularId, cancellationToken)));
    }

    [HttpGet("export/{file}")]
    public async Task<IActionResult> Export(int circularId, string file, CancellationToken cancellationToken)
    {
        if (await reading.ReadAsync(circularId, cancellationToken) is not { } view)
        {
            return NotFound();
        }

        Task<List<Consultations.Domain.Replies.Reply>> Replies() => reading.RepliesAsync(circularId, cancellationToken);
        var number = view.Circular.Number;
        return file switch
        {
            "tally.csv" => File(exports.TallyCsv(view), "text/csv; charset=utf-8", $"tally-C{number}.csv"),
            "replies.csv" => File(exports.RepliesCsv(view, await Replies()), "text/csv; charset=utf-8", $"replies-C{number}.csv"),
            "tally.xlsx" => File(exports.Xlsx(view, await Replies()), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"tally-C{number}.xlsx"),
            "tally.pdf" => File(exports.TallyPdf(view, TallyReading.NonResponderNames(view)), "application/pdf", $"tally-C{number}.pdf"),
            "compilation.docx" => File(exports.CompilationDocx(view, await Replies()), "application/vnd.openxmlformats-officedocument.wordprocessingml.document", $"comments-C{number}.docx"),
            "compilation.pdf" => File(exports.CompilationPdf(view, await Replies()), "application/pdf", $"comments-C{number}.pdf"),
            _ => NotFound(),
        };
    }

    /// <summary>A file of any reply to this circular (an attachment or a recorded original), for the secretariat and TSB.</summary>
    [HttpGet("files/{storedName}")]
    public async Task<IActionResult> File(int circularId, string storedName, [FromServices] Consultations.Infrastructure.Replies.AttachmentStore files, CancellationToken cancellationToken)
    {
        var replies = await reading.RepliesAsync(circularId, cancellationToken);
        var versions = replies.SelectMany(r => r.Versions.Select(v => (Reply: r, Version: v))).ToList();
        var attachment = versions.SelectMany(x => x.Version.Attachments.Select(a => (x.Reply, a.StoredName, a.FileName, a.ContentType)))
            .Concat(versions.Where(x => x.Version.OriginalDocument is not null)
                .Select(x => (x.Reply, StoredName: x.Version.OriginalDocument!, FileName: $"original-{x.Reply.MemberStateCode}-v{x.Version.Number}{Path.GetExtension(x.Version.OriginalDocument)}", ContentType: "application/octet-stream")))
            .FirstOrDefault(a => a.StoredName == storedName);
        if (attachment.Reply is null || await files.OpenAsync(storedName, cancellationToken) is not { } stream)
        {
            return NotFound();
        }

        await audit.RecordAndSaveAsync("Reply.FileDownloaded", "Reply", AuditKeys.Reply(circularId, attachment.Reply.MemberStateCode), attachment.FileName);
        return File(stream, attachment.ContentType, attachment.FileName);
    }

    [HttpPost("visibility")]
    public async Task<IActionResult> Visibility(int circularId, bool resultsArePublic)
    {
        var circular = await db.Circulars.FirstOrDefaultAsync(c => c.Id == circularId);
        if (circular is null)
        {
            return NotFound();
        }

        circular.SetResultsPublic(resultsArePublic);
        audit.Record("Circular.ResultsVisibility", "Circular", circularId.ToString(System.Globalization.CultureInfo.InvariantCulture), resultsArePublic ? "public" : "not public");
        await db.SaveChangesAsync();
        TempData["Status"] = (resultsArePublic
            ? localizer["The final results will be shown on the public page."]
            : localizer["The final results are not shown on the public page."]).Value;
        return RedirectToAction(nameof(Index), new { circularId });
    }
}

public sealed record TallyPage(TallyView View, IReadOnlyList<NonResponder> NonResponders, DateTime NowUtc);

public sealed record TextDrillDown(TallyView View, Consultations.Domain.Circulars.DraftText Text, IReadOnlyList<Consultations.Domain.Replies.Reply> Replies);
