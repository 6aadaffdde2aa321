using System.Globalization;
using Consultations.Domain.Circulars;
using Consultations.Infrastructure.Auditing;
using Consultations.Infrastructure.Identity;
using Consultations.Infrastructure.Persistence;
using Consultations.Web.Email;

namespace Consultations.Web.Features.CircularEditor;

/// <summary>Publishing and amending circulars; the notices go to the outbox in the same transaction.</summary>
public sealed class CircularPublishing(PeopleDirectory people, CircularMail mail, AuditLog audit, UnitOfWork unitOfWork, TimeProvider clock)
{
    /// <summary>Delegates designated today for the Member States that count for the circular.</summary>
    public Task<List<ApplicationUser>> RecipientsAsync(Circular circular) =>
        people.DesignatedDelegatesAsync(circular, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));

    public async Task<int> PublishAsync(Circular circular, string publishedBy, string? noticeOverrideReason)
    {
        var recipients = await RecipientsAsync(circular);
        await unitOfWork.InTransactionAsync(() =>
        {
            circular.Publish(clock.GetUtcNow().UtcDateTime, publishedBy, noticeOverrideReason);
            mail.QueuePublished(circular, recipients);
            audit.Record(
                "Circular.Published",
                "Circular",
                Id(circular),
                $"TSB Circular {circular.Number}; {recipients.Count} delegates notified{(circular.NoticeOverrideReason is null ? string.Empty : "; short notice: " + circular.NoticeOverrideReason)}");
            return Task.CompletedTask;
        });
        return recipients.Count;
    }

    public Task ExtendDeadlineAsync(Circular circular, DateOnly newDeadline, string reason, string by) =>
        AmendAsync(circular, () => circular.ExtendDeadline(newDeadline, reason, clock.GetUtcNow().UtcDateTime, by));

    public Task WithdrawTextAsync(Circular circular, DraftText text, string reason, string by) =>
        AmendAsync(circular, () => circular.WithdrawText(text, reason, clock.GetUtcNow().UtcDateTime, by));

    public Task CorrectTextAsync(Circular circular, DraftText text, string title, string? summary, string reason, string by) =>
        AmendAsync(circular, () => circular.CorrectText(text, title, summary, reason, clock.GetUtcNow().UtcDateTime, by));

    private async Task AmendAsync(Circular circular, Func<CircularAmendment> amend)
    {
        var recipients = await RecipientsAsync(circular);
        await unitOfWork.InTransactionAsync(() =>
        {
            var amendment = amend();
            mail.QueueAmended(circular, amendment, recipients);
            audit.Record("Circular.Amended", "Circular", Id(circular), $"{amendment.Kind}: {amendment.Details}. Reason: {amendment.Reason}");
            return Task.CompletedTask;
        });
    }

    private static string Id(Circular circular) => circular.Id.ToString(CultureInfo.InvariantCulture);
}
