using Consultations.Domain.Circulars;

namespace Consultations.Domain.Import;

/// <summary>What the parser read from a circular's document; null where it could not tell.</summary>
public sealed record ParsedCircular(
    int? Number,
    string Language,
    DateOnly? Date,
    string? Reference,
    int? StudyGroup,
    string? Addressees,
    ParsedMeeting Meeting,
    DateOnly? Deadline,
    IReadOnlyList<ParsedText> Texts,
    IReadOnlyList<CircularNote> Notes,
    IReadOnlyList<ImportWarning> Warnings)
{
    /// <summary>Those who receive a copy of the letter, informed only; the addressees are those asked to reply.</summary>
    public IReadOnlyList<string> CopyTo { get; init; } = [];

    /// <summary>For each of <see cref="Notes"/>, the texts it does not speak of ("Except for X.1221, …"), by Recommendation number.</summary>
    public IReadOnlyList<IReadOnlyList<string>> NoteExceptions { get; init; } = [];
}

public sealed record ParsedMeeting(string? Place, DateOnly? Start, DateOnly? End);

public sealed record ParsedText(
    int Position,
    DraftTextKind Kind,
    string Recommendation,
    int? AmendmentNumber,
    string? ProvisionalName,
    string Title,
    string? Summary,
    string? DocumentRef,
    IReadOnlyList<string> Notes);
