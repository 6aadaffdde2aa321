namespace Consultations.Domain.Common;

/// <summary>The six languages in which ITU issues its circulars (ISO 639-1), in the order ITU lists them.</summary>
public static class ItuLanguages
{
    public const string English = "en";

    public static readonly IReadOnlyList<string> All = ["ar", "zh", "en", "fr", "ru", "es"];
}
