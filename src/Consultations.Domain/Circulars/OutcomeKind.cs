namespace Consultations.Domain.Circulars;

/// <summary>What the study-group meeting decided for a text (9.5).</summary>
public enum OutcomeKind
{
    Approved,
    ApprovedWithReservations,
    MoreTimeRequested,
    NotApproved,
}
