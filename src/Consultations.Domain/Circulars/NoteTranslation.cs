namespace Consultations.Domain.Circulars;

/// <summary>
/// The text of one of the circular's notes in another language (ISO 639-1): the note is found by its kind and, for a
/// note on one text, its Recommendation.
/// </summary>
public sealed record NoteTranslation(NoteKind Kind, string? Recommendation, string Language, string Text);
