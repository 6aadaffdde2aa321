namespace Consultations.Domain.Circulars;

public enum AmendmentKind
{
    DeadlineExtended,
    TextWithdrawn,
    Correction,
    MeetingChanged,
    Cancelled,
}
