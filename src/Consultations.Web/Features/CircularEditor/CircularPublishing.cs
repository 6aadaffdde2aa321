using System.Globalization;
using Consultations.Domain.Circulars;
using Consultations.Infrastructure.Auditing;
using Consultations.Infrastructure.Identity;
using Consultations.Infrastructure.Persistence;
using Consultations.Web.Email;

namespace Consultations.Web.Features.CircularEditor;

/// <summary>Publishing and amending circulars; the notices go to the outbox in the same transaction.</summary>
public sealed class CircularPublishing(CircularEditing circulars, PeopleDirectory people, CircularMail mail, AuditLog audit, UnitOfWork unitOfWork, TimeProvider clock)
{
    /// <summary>Delegates designated today for the Member States that count for the circular.</summary>
    public Task<List<ApplicationUser>> RecipientsAsync(Circular circular) =>
        people.DesignatedDelegatesAsync(circular, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));

    /// <summary>Whether publishing today would need a reason for short notice (counted from today when later than the letter's date).</summary>
    public bool NeedsNoticeReasonToday(Circular circular) =>
        !circular.MeetsNoticeWhenPublishedOn(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));

    public async Task<int> PublishAsync(Circular circular, string publishedBy, string? noticeOverrideReason)
    {
        var recipients = await RecipientsAsync(circular);
        await unitOfWork.InTransactionAsync(async () =>
        {
            var current = await LoadAsync(circular);
            current.Publish(clock.GetUtcNow().UtcDateTime, publishedBy, noticeOverrideReason);
            mail.QueuePublished(current, recipients);
            audit.Record(
                "Circular.Published",
                "Circular",
                Id(current),
                $"TSB Circular {current.Number}; {recipients.Count} delegates notified{(current.NoticeOverrideReason is null ? string.Empty : "; short notice: " + current.NoticeOverrideReason)}");
        });
        return recipients.Count;
    }

    public bool DeadlinePassed(Circular circular) => circular.DeadlinePassedAt(clock.GetUtcNow().UtcDateTime);

    public Task ExtendDeadlineAsync(Circular circular, DateOnly newDeadline, bool reopen, string reason, string by) =>
        AmendAsync(circular, c => c.ExtendDeadline(newDeadline, reason, clock.GetUtcNow().UtcDateTime, by, reopen));

    public Task ChangeMeetingAsync(Circular circular, Meeting meeting, string? noticeOverrideReason, string reason, string by) =>
        AmendAsync(circular, c => c.ChangeMeeting(meeting, reason, clock.GetUtcNow().UtcDateTime, by, noticeOverrideReason));

    public Task CancelAsync(Circular circular, string reason, string by) =>
        AmendAsync(circular, c => c.Cancel(reason, clock.GetUtcNow().UtcDateTime, by));

    public Task WithdrawTextAsync(Circular circular, DraftText text, string reason, string by) =>
        AmendAsync(circular, c => c.WithdrawText(CircularEditing.TextOf(c, text), reason, clock.GetUtcNow().UtcDateTime, by));

    public Task CorrectTextAsync(Circular circular, DraftText text, string language, string title, string? summary, string reason, string by) =>
        AmendAsync(circular, c => c.CorrectText(CircularEditing.TextOf(c, text), language, title, summary, reason, clock.GetUtcNow().UtcDateTime, by));

    public Task TranslateNoteAsync(Circular circular, NoteTranslation translation, string reason, string by) =>
        AmendAsync(circular, c => c.TranslateNote(translation, reason, clock.GetUtcNow().UtcDateTime, by));

    /// <summary>The amendment is applied to the circular as loaded inside the (retried) transaction, never to a stale copy.</summary>
    private async Task AmendAsync(Circular circular, Func<Circular, CircularAmendment> amend)
    {
        var recipients = await RecipientsAsync(circular);
        await unitOfWork.InTransactionAsync(async () =>
        {
            var current = await LoadAsync(circular);
            var amendment = amend(current);
            mail.QueueAmended(current, amendment, recipients);
            audit.Record("Circular.Amended", "Circular", Id(current), $"{amendment.Kind}: {amendment.Details}. Reason: {amendment.Reason}");
        });
    }

    private async Task<Circular> LoadAsync(Circular circular) =>
        await circulars.FindAsync(circular.Id) ?? throw new InvalidOperationException("The circular no longer exists.");

    private static string Id(Circular circular) => circular.Id.ToString(CultureInfo.InvariantCulture);
}
