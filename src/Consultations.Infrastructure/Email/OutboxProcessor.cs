using Consultations.Infrastructure.Persistence;
using Consultations.Infrastructure.Telemetry;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Consultations.Infrastructure.Email;

/// <summary>
/// One pass of the outbox: claims due messages under a lease, sends them, records each attempt,
/// and schedules a retry with exponential back-off until the attempts run out.
/// </summary>
public sealed class OutboxProcessor(
    AppDbContext db,
    IMailTransport transport,
    IEnumerable<IOutboxAttachmentRenderer> renderers,
    IOptions<EmailOptions> options,
    TimeProvider clock,
    PortalMetrics metrics,
    ILogger<OutboxProcessor> logger)
{
    public async Task<int> ProcessDueAsync(string dispatcherId, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var now = clock.GetUtcNow().UtcDateTime;
        await ObserveQueueAsync(now, cancellationToken);
        var candidates = await db.OutboxMessages
            .Include(m => m.Attachments)
            .Where(m => m.State == OutboxState.Queued && m.NextAttemptAtUtc <= now && (m.ClaimedUntilUtc == null || m.ClaimedUntilUtc < now))
            .OrderBy(m => m.Priority)
            .ThenBy(m => m.NextAttemptAtUtc)
            .ThenBy(m => m.Id)
            .Take(settings.BatchSize)
            .ToListAsync(cancellationToken);

        var processed = 0;
        IMailSession? session = null;
        try
        {
            foreach (var message in candidates)
            {
                if (!await TryClaimAsync(message, dispatcherId, now + settings.LeaseDuration, cancellationToken))
                {
                    continue;
                }

                // One session (one SMTP connection) for the whole batch, opened only when there is something to send.
                session ??= await transport.OpenAsync(cancellationToken);
                await DeliverAsync(session, message, settings, cancellationToken);
                processed++;
            }
        }
        finally
        {
            if (session is not null)
            {
                await session.DisposeAsync();
            }
        }

        return processed;
    }

    /// <summary>How many messages wait and since when, in one query, for the outbox gauges.</summary>
    private async Task ObserveQueueAsync(DateTime now, CancellationToken cancellationToken)
    {
        var queue = await db.OutboxMessages
            .Where(m => m.State == OutboxState.Queued)
            .GroupBy(_ => 1)
            .Select(g => new { Count = g.LongCount(), Oldest = g.Min(m => m.CreatedAtUtc) })
            .FirstOrDefaultAsync(cancellationToken);
        metrics.OutboxObserved(queue?.Count ?? 0, queue is null ? TimeSpan.Zero : now - queue.Oldest);
    }

    private async Task<bool> TryClaimAsync(OutboxMessage message, string dispatcherId, DateTime leaseEnd, CancellationToken cancellationToken)
    {
        message.ClaimedBy = dispatcherId;
        message.ClaimedUntilUtc = leaseEnd;
        message.ConcurrencyStamp = Guid.NewGuid();
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.Entry(message).State = EntityState.Detached;
            return false;
        }
    }

    private async Task DeliverAsync(IMailSession session, OutboxMessage message, EmailOptions settings, CancellationToken cancellationToken)
    {
        var attempt = new OutboxAttempt { OutboxMessageId = message.Id, AtUtc = clock.GetUtcNow().UtcDateTime };
        message.Attempts++;
        try
        {
            await RenderPendingAttachmentsAsync(message, cancellationToken);
            attempt.Response = await session.SendAsync(ToMime(message, settings), cancellationToken);
            attempt.Succeeded = true;
            message.State = OutboxState.Sent;
            message.SentAtUtc = attempt.AtUtc;
            message.LastError = null;
            metrics.MessageSent();
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            attempt.Response = exception.Message;
            message.LastError = exception.Message;
            metrics.DeliveryFailed();
            if (message.Attempts >= settings.MaxAttempts)
            {
                message.State = OutboxState.Failed;
            }
            else
            {
                message.NextAttemptAtUtc = attempt.AtUtc + (settings.FirstRetryDelay * Math.Pow(2, message.Attempts - 1));
            }

            logger.LogWarning("Delivery of outbox message {MessageId} failed (attempt {Attempt}): {Error}", message.Id, message.Attempts, exception.Message);
        }

        message.ClaimedBy = null;
        message.ClaimedUntilUtc = null;
        message.ConcurrencyStamp = Guid.NewGuid();
        message.AttemptLog.Add(attempt);
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task RenderPendingAttachmentsAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        foreach (var attachment in message.Attachments.Where(a => a.RenderKind is not null && a.Content.Length == 0))
        {
            var renderer = renderers.FirstOrDefault(r => r.Kind == attachment.RenderKind)
                ?? throw new InvalidOperationException($"No renderer draws attachments of kind '{attachment.RenderKind}'.");
            attachment.Content = await renderer.RenderAsync(attachment.RenderKey ?? string.Empty, message.Language, cancellationToken);
        }
    }

    private static MimeMessage ToMime(OutboxMessage message, EmailOptions settings)
    {
        var mime = new MimeMessage();
        mime.From.Add(new MailboxAddress(settings.FromName, settings.FromAddress));
        mime.To.Add(new MailboxAddress(message.ToName, message.ToAddress));
        mime.Subject = message.Subject;
        mime.MessageId = $"outbox-{message.Id}@consultations";
        mime.Headers.Add("Content-Language", message.Language);
        var body = new BodyBuilder { TextBody = message.TextBody };
        foreach (var attachment in message.Attachments)
        {
            body.Attachments.Add(attachment.FileName, attachment.Content, ContentType.Parse(attachment.ContentType));
        }

        mime.Body = body.ToMessageBody();
        return mime;
    }
}
