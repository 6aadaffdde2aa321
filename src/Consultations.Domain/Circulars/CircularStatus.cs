namespace Consultations.Domain.Circulars;

public enum CircularStatus
{
    Draft,
    Published,
    Closed,
    Decided,
    Cancelled,
}
