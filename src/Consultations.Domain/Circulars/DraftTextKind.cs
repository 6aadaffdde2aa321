namespace Consultations.Domain.Circulars;

public enum DraftTextKind
{
    New,
    Revised,
    Amendment,
}
