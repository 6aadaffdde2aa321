namespace Consultations.Domain.Circulars;

/// <summary>A draft text's title and summary in one language of the circular (ISO 639-1 code).</summary>
public sealed record TextTranslation(string Language, string Title, string? Summary);
