namespace Consultations.Domain.Circulars;

/// <summary>A note of the circular (A.5 justification, IPR statement); <see cref="Recommendation"/> is null when it applies to all texts.</summary>
public sealed record CircularNote(NoteKind Kind, string Text, string? Recommendation = null);
