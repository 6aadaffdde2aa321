namespace Consultations.Domain.Circulars;

public enum NoteKind
{
    A5Justification,
    Ipr,
    Other,
}
