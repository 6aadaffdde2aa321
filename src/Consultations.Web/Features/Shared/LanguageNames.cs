namespace Consultations.Web.Features.Shared;

/// <summary>Each language named in itself, as language pickers do.</summary>
public static class LanguageNames
{
    public static string Native(string code) => code switch
    {
        "en" => "English",
        "fr" => "Français",
        "es" => "Español",
        "ru" => "Русский",
        "ar" => "العربية",
        "zh" => "中文",
        _ => code,
    };
}
