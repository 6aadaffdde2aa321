using System.Globalization;
using System.Text;
using Consultations.Domain.Circulars;
using Consultations.Domain.Common;
using Consultations.Infrastructure.Auditing;
using Consultations.Infrastructure.Persistence;
using Consultations.Web.Features.Shared;
using Consultations.Web.Features.Tally;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Consultations.Web.Features.Outcomes;

/// <summary>The secretariat records what the meeting decided for each authorized text (Res. 1, 9.5).</summary>
public sealed class OutcomeRecording(AppDbContext db, TallyReading tally, FinalTallies finals, LiveTally live, AuditLog audit, UnitOfWork unitOfWork, TimeProvider clock, IStringLocalizer<SharedResource> localizer)
{
    public async Task<OutcomePage?> PageAsync(int circularId)
    {
        var view = await tally.ReadAsync(circularId);
        return view is null ? null : new OutcomePage(view, NoticeText(view.Circular));
    }

    /// <summary>
    /// Records the decision on one text. The domain checks it against the final tally of the current deadline, which
    /// this write records first if the deadline task has not yet done so.
    /// </summary>
    public async Task RecordAsync(int circularId, int textId, OutcomeForm form, string by)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await unitOfWork.InTransactionAsync(async () =>
        {
            var circular = await db.Circulars.FirstAsync(c => c.Id == circularId);
            var text = circular.Texts.First(t => t.Id == textId);
            var final = await finals.RecordAsync(circular, "Final tally, recorded when the meeting's first decision was entered")
                ?? (await live.ComputeAsync(circular, await db.MemberStates.AsNoTracking().ToListAsync(), now)).Tally;
            var outcome = form.Kind switch
            {
                OutcomeKind.Approved => PlenaryOutcome.Approved(now, by),
                OutcomeKind.NotApproved => PlenaryOutcome.NotApproved(now, by),
                OutcomeKind.MoreTimeRequested => PlenaryOutcome.MoreTimeRequested(circular.Meeting.LastDay ?? DateOnly.FromDateTime(now), now, by),
                _ => PlenaryOutcome.ApprovedWithReservations(ParseReservations(form.Reservations, DateOnly.FromDateTime(now)), now, by),
            };
            circular.RecordOutcome(text, outcome, final, now);
            audit.Record("Circular.OutcomeRecorded", "Circular", circularId.ToString(CultureInfo.InvariantCulture), $"{text.DisplayNumber}: {form.Kind}");
        });
    }

    public async Task RecordOppositionAsync(int circularId, int textId, OppositionForm form)
    {
        await unitOfWork.InTransactionAsync(async () =>
        {
            var circular = await db.Circulars.FirstAsync(c => c.Id == circularId);
            var text = circular.Texts.First(t => t.Id == textId);
            if (text.Outcome is null)
            {
                throw new DomainException("Outcome.OppositionNotExpected", "A formal opposition can only follow a request for more time.");
            }

            text.Outcome.RecordOpposition(new MemberStateStatement(form.MemberStateCode!, form.Reasons, form.ReceivedOn!.Value));
            db.Entry(circular).State = EntityState.Modified;
            audit.Record("Circular.OppositionRecorded", "Circular", circularId.ToString(CultureInfo.InvariantCulture), $"{text.DisplayNumber}: {form.MemberStateCode}");
        });
    }

    /// <summary>The paragraph for the follow-up circular (9.6), ready to copy.</summary>
    public string NoticeText(Circular circular)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var text = new StringBuilder();
        text.AppendLine(localizer["Following the Traditional Approval Procedure of TSB Circular {0}, the meeting of ITU-T Study Group {1} ({2}, {3}) decided:", circular.Number, circular.StudyGroup, circular.Meeting.Place, DateDisplay.Day(circular.Meeting.FirstDay, "?")]);
        foreach (var draft in circular.ActiveTexts.Where(t => t.Outcome is not null))
        {
            var outcome = draft.Outcome!;
            var decided = outcome.EffectiveOn(today);
            var line = decided switch
            {
                OutcomeKind.Approved => localizer["{0} ({1}) was approved.", draft.DisplayNumber, draft.Title],
                OutcomeKind.ApprovedWithReservations => localizer["{0} ({1}) was approved, with reservations by {2}.", draft.DisplayNumber, draft.Title, string.Join(", ", outcome.Reservations.Select(r => r.MemberStateCode))],
                OutcomeKind.MoreTimeRequested => localizer["{0} ({1}): more time was requested; it is approved unless a Member State formally opposes it by {2}.", draft.DisplayNumber, draft.Title, DateDisplay.Day(outcome.OppositionPeriodEnd!.Value)],
                _ => localizer["{0} ({1}) was not approved.", draft.DisplayNumber, draft.Title],
            };
            text.Append("- ").AppendLine(line);
        }

        return text.ToString();
    }

    private static IEnumerable<MemberStateStatement> ParseReservations(string? lines, DateOnly day) =>
        (lines ?? string.Empty)
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.Split(':', 2))
            .Select(parts => new MemberStateStatement(parts[0].Trim().ToUpperInvariant(), parts.Length > 1 ? parts[1].Trim() : string.Empty, day));
}

public sealed class OutcomeForm
{
    public OutcomeKind Kind { get; set; }

    /// <summary>One per line: "FRA: note of the reservation".</summary>
    public string? Reservations { get; set; }
}

public sealed class OppositionForm
{
    [System.ComponentModel.DataAnnotations.Required(ErrorMessage = "Choose the Member State.")]
    public string? MemberStateCode { get; set; }

    [System.ComponentModel.DataAnnotations.Required(ErrorMessage = "A formal opposition must give its reasons.")]
    public string Reasons { get; set; } = string.Empty;

    [System.ComponentModel.DataAnnotations.Required(ErrorMessage = "Enter the day TSB received the reply.")]
    public DateOnly? ReceivedOn { get; set; }
}

public sealed record OutcomePage(TallyView View, string Notice);
