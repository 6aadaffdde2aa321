using System.Globalization;
using Consultations.Domain.Common;

namespace Consultations.Web.Settings;

/// <summary>The six languages of ITU, in which pages, e-mails and documents are offered.</summary>
public static class SupportedCultures
{
    public const string Default = ItuLanguages.English;

    public static readonly IReadOnlyList<CultureInfo> All = [.. ItuLanguages.All.Select(l => new CultureInfo(l))];

    public static readonly IReadOnlyList<string> Names = [.. All.Select(c => c.Name)];

    public static bool IsSupported(string? name) =>
        name is not null && All.Any(c => c.Name.Equals(name, StringComparison.OrdinalIgnoreCase));

    /// <summary>The reader's language: the request's (or, around an e-mail, its recipient's) UI culture.</summary>
    public static string Current => LanguageOf(CultureInfo.CurrentUICulture);

    /// <summary>The supported language a culture belongs to ("fr-CH" is "fr"), or the default.</summary>
    public static string LanguageOf(CultureInfo culture) =>
        IsSupported(culture.TwoLetterISOLanguageName) ? culture.TwoLetterISOLanguageName : Default;

    public static bool IsRightToLeft(string language) =>
        CultureInfo.GetCultureInfo(IsSupported(language) ? language : Default).TextInfo.IsRightToLeft;
}
