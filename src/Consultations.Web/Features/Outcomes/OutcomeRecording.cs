using System.Globalization;
using System.Text;
using Consultations.Domain.Circulars;
using Consultations.Infrastructure.Auditing;
using Consultations.Infrastructure.Persistence;
using Consultations.Web.Email;
using Consultations.Web.Features.Shared;
using Consultations.Web.Features.Tally;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Consultations.Web.Features.Outcomes;

/// <summary>
/// After the consultation: the secretariat records the meeting's decisions and formal oppositions (Res. 1, 9.5), TSB
/// records the circular that notified the results (9.6). Each is one transaction, loaded inside it, with an audit record.
/// </summary>
public sealed class OutcomeRecording(
    AppDbContext db,
    TallyReading tally,
    FinalTallies finals,
    LiveTally live,
    AuditLog audit,
    UnitOfWork unitOfWork,
    TimeProvider clock,
    IStringLocalizer<SharedResource> localizer)
{
    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public async Task<OutcomePage?> PageAsync(int circularId)
    {
        var view = await tally.ReadAsync(circularId);
        return view is null ? null : new OutcomePage(view, Today, NoticeDrafts(view.Circular));
    }

    public async Task RecordAsync(int circularId, int textId, OutcomeForm form, string by)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await unitOfWork.InTransactionAsync(async () =>
        {
            var circular = await db.Circulars.FirstAsync(c => c.Id == circularId);
            var text = circular.Texts.First(t => t.Id == textId);
            var roster = await db.MemberStates.AsNoTracking().ToListAsync();
            var final = await finals.RecordAsync(circular, FinalTallyReasons.AtTheFirstDecision)
                ?? (await live.ComputeAsync(circular, roster, now)).Tally;
            var decision = circular.RecordDecision(text, form.Kind, form.Statements(), final, roster, form.Reason, now, by);
            audit.Record(
                "Circular.DecisionRecorded",
                "Circular",
                Key(circularId),
                $"{text.DisplayNumber}: {decision.Kind} (entry {decision.Sequence}){Named(decision)}{(decision.Reason is null ? string.Empty : ". Reason: " + decision.Reason)}");
        });
    }

    public async Task RecordOppositionAsync(int circularId, int textId, OppositionForm form, string by)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await unitOfWork.InTransactionAsync(async () =>
        {
            var circular = await db.Circulars.FirstAsync(c => c.Id == circularId);
            var text = circular.Texts.First(t => t.Id == textId);
            var roster = await db.MemberStates.AsNoTracking().ToListAsync();
            var opposition = circular.RecordOpposition(text, form.MemberStateCode!, form.Reasons, form.ReceivedOn!.Value, roster, now, by);
            audit.Record("Circular.OppositionRecorded", "Circular", Key(circularId), $"{text.DisplayNumber}: {opposition.MemberStateCode}, received {opposition.ReceivedOn:yyyy-MM-dd}");
        });
    }

    public async Task RecordNotificationAsync(int circularId, NotificationForm form, string by)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await unitOfWork.InTransactionAsync(async () =>
        {
            var circular = await db.Circulars.FirstAsync(c => c.Id == circularId);
            var texts = circular.Texts.Where(t => form.TextIds.Contains(t.Id)).ToList();
            circular.RecordNotification(texts, form.CircularNumber!.Value, form.Date!.Value, now, by);
            audit.Record(
                "Circular.ResultNotified",
                "Circular",
                Key(circularId),
                string.Create(CultureInfo.InvariantCulture, $"TSB Circular {form.CircularNumber} of {form.Date:yyyy-MM-dd}: {string.Join(", ", texts.Select(t => t.DisplayNumber))}"));
        });
    }

    /// <summary>The paragraph for the notifying circular (9.6), in each language the circular is held in.</summary>
    public IReadOnlyList<NoticeDraft> NoticeDrafts(Circular circular) =>
        circular.Languages.Select(language => new NoticeDraft(language, NoticeText(circular, language))).ToList();

    private string NoticeText(Circular circular, string language)
    {
        using var _ = new CultureScope(language);
        var text = new StringBuilder();
        text.AppendLine(localizer["Following the Traditional Approval Procedure of TSB Circular {0}, the meeting of ITU-T Study Group {1} ({2}, {3}) decided:", circular.Number, circular.StudyGroup, circular.Meeting.Place, DateDisplay.Day(circular.Meeting.FirstDay, "?")]);
        foreach (var draft in circular.ActiveTexts.Where(t => t.Decision is not null))
        {
            var decision = draft.Decision!;
            var title = draft.TitleIn(language);
            var line = draft.EffectiveOn(Today) switch
            {
                EffectiveOutcome.Approved when decision.Kind == OutcomeKind.MoreTimeRequested => localizer["{0} ({1}) is approved: no formal opposition was received within four weeks after the meeting.", draft.DisplayNumber, title],
                EffectiveOutcome.Approved => localizer["{0} ({1}) was approved.", draft.DisplayNumber, title],
                EffectiveOutcome.ApprovedWithReservations => localizer["{0} ({1}) was approved, with reservations by {2}.", draft.DisplayNumber, title, string.Join(", ", decision.Reservations.Select(r => r.MemberStateCode))],
                EffectiveOutcome.AwaitingOppositions => localizer["{0} ({1}): more time was requested; it is approved unless a Member State formally opposes it by {2}.", draft.DisplayNumber, title, DateDisplay.Day(decision.OppositionPeriodEnd!.Value)],
                _ when decision.Kind == OutcomeKind.MoreTimeRequested => localizer["{0} ({1}) is not approved: {2} formally opposed it; it is referred back to the study group.", draft.DisplayNumber, title, string.Join(", ", draft.Oppositions.Select(o => o.MemberStateCode))],
                _ => localizer["{0} ({1}) was not approved.", draft.DisplayNumber, title],
            };
            text.Append("- ").AppendLine(line);
        }

        return text.ToString();
    }

    private static string Named(MeetingDecision decision) =>
        decision.Statements.Count == 0 ? string.Empty : "; " + string.Join(", ", decision.Statements.Select(s => s.MemberStateCode));

    private static string Key(int circularId) => circularId.ToString(CultureInfo.InvariantCulture);
}

public sealed record NoticeDraft(string Language, string Text);

public sealed record OutcomePage(TallyView View, DateOnly Today, IReadOnlyList<NoticeDraft> Notices);
