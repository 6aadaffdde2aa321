namespace Consultations.Domain.Membership;

/// <summary>A Member State's name in one language (ISO 639-1 code).</summary>
public sealed record StateName(string Language, string Name);
