using Consultations.Domain.Circulars;
using Microsoft.Extensions.Localization;

namespace Consultations.Web.Features.Shared;

/// <summary>The words for the meeting's decisions and a text's effective outcome, with the clause they follow.</summary>
public sealed class OutcomeWords(IStringLocalizer<SharedResource> localizer)
{
    public static readonly OutcomeKind[] Kinds = [OutcomeKind.Approved, OutcomeKind.ApprovedWithReservations, OutcomeKind.MoreTimeRequested, OutcomeKind.NotApproved];

    public string Kind(OutcomeKind kind) => kind switch
    {
        OutcomeKind.Approved => localizer["Approved"],
        OutcomeKind.ApprovedWithReservations => localizer["Approved with reservations"],
        OutcomeKind.MoreTimeRequested => localizer["More time requested"],
        _ => localizer["Not approved"],
    };

    public string Role(StatementRole role) => role switch
    {
        StatementRole.Reservation => localizer["reservation"],
        StatementRole.RequestedMoreTime => localizer["asked for more time"],
        _ => localizer["opposed"],
    };

    public string Effective(EffectiveOutcome outcome) => outcome switch
    {
        EffectiveOutcome.Undecided => localizer["Not decided yet"],
        EffectiveOutcome.Approved => localizer["Approved (Res. 1, 9.5)"],
        EffectiveOutcome.ApprovedWithReservations => localizer["Approved with reservations (Res. 1, 9.5)"],
        EffectiveOutcome.AwaitingOppositions => localizer["More time requested: approved unless a Member State formally opposes within four weeks after the meeting (Res. 1, 9.5)"],
        _ => localizer["Not approved: referred back to the study group (Res. 1, 9.5)"],
    };
}
