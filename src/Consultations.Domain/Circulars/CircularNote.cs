namespace Consultations.Domain.Circulars;

/// <summary>A note of the circular (A.5 justification, IPR statement); <see cref="Recommendation"/> is null when it applies to all texts.</summary>
public sealed record CircularNote(NoteKind Kind, string Text, string? Recommendation = null)
{
    /// <summary>The texts a note of the whole circular does not concern ("Except for X.1221, X.1222, no A.5 justifications …").</summary>
    public IReadOnlyList<string> Except { get; init; } = [];
}
