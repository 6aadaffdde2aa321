namespace Consultations.Domain.Circulars;

/// <summary>The letter's facts, as TSB enters or imports them.</summary>
public sealed record CircularDetails(
    int Number,
    DateOnly Date,
    string Reference,
    int StudyGroup,
    string Addressees,
    Meeting Meeting,
    DateOnly DeadlineDate,
    IReadOnlyList<CircularNote> Notes,
    IReadOnlyList<string> Languages,
    string? CopyTo = null);
