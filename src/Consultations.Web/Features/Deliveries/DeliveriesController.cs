using System.Globalization;
using Consultations.Infrastructure.Auditing;
using Consultations.Infrastructure.Email;
using Consultations.Infrastructure.Persistence;
using Consultations.Web.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Consultations.Web.Features.Deliveries;

/// <summary>For TSB: to whom each notice went, when, and its state; a failed message can be retried by hand.</summary>
[Authorize(Policy = Policies.TsbStaff)]
public sealed class DeliveriesController(AppDbContext db, AuditLog audit, TimeProvider clock, IStringLocalizer<SharedResource> localizer) : Controller
{
    [HttpGet("/circulars/{circularId:int}/deliveries")]
    public async Task<IActionResult> Circular(int circularId, CancellationToken cancellationToken)
    {
        var circular = await db.Circulars.AsNoTracking().Where(c => c.Id == circularId).Select(c => new { c.Id, c.Number, c.Year }).FirstOrDefaultAsync(cancellationToken);
        if (circular is null)
        {
            return NotFound();
        }

        var id = circularId.ToString(CultureInfo.InvariantCulture);
        var receiptPrefix = Consultations.Domain.Replies.ReplyReceipt.ReferencePrefix(circular.Number, circular.Year);
        var messages = await db.OutboxMessages.AsNoTracking()
            .Where(m => m.CauseId == id || (m.Cause == MailCauses.ReplyReceipt && m.CauseId!.StartsWith(receiptPrefix)))
            .OrderByDescending(m => m.Id)
            .Select(m => new DeliveryRow(m.Id, m.ToName, m.ToAddress, m.Cause, m.Subject, m.State, m.Attempts, m.CreatedAtUtc, m.SentAtUtc, m.LastError))
            .ToListAsync(cancellationToken);
        return View(new DeliveriesPage(circular.Id, circular.Number, messages));
    }

    [HttpGet("/mail/{messageId:long}")]
    public async Task<IActionResult> Message(long messageId, CancellationToken cancellationToken)
    {
        var message = await db.OutboxMessages.AsNoTracking().Include(m => m.AttemptLog).Include(m => m.Attachments)
            .FirstOrDefaultAsync(m => m.Id == messageId, cancellationToken);
        return message is null ? NotFound() : View(message);
    }

    [HttpPost("/mail/{messageId:long}/retry")]
    public async Task<IActionResult> Retry(long messageId)
    {
        var message = await db.OutboxMessages.FirstOrDefaultAsync(m => m.Id == messageId);
        if (message is null)
        {
            return NotFound();
        }

        if (message.State == OutboxState.Failed)
        {
            message.State = OutboxState.Queued;
            message.Attempts = 0;
            message.NextAttemptAtUtc = clock.GetUtcNow().UtcDateTime;
            message.ConcurrencyStamp = Guid.NewGuid();
            audit.Record("Mail.Retried", "OutboxMessage", messageId.ToString(CultureInfo.InvariantCulture), message.ToAddress);
            await db.SaveChangesAsync();
            TempData["Status"] = localizer["The message is queued again."].Value;
        }

        return RedirectToAction(nameof(Message), new { messageId });
    }
}

public sealed record DeliveryRow(long Id, string ToName, string ToAddress, string Cause, string Subject, OutboxState State, int Attempts, DateTime CreatedAtUtc, DateTime? SentAtUtc, string? LastError);

public sealed record DeliveriesPage(int CircularId, int Number, IReadOnlyList<DeliveryRow> Messages);
