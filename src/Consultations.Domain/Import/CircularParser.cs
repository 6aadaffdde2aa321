namespace Consultations.Domain.Import;

/// <summary>
/// Reads a TSB Circular's text (as converted from its Word document) into its facts and its Annex 1 texts.
/// Written for the family of circulars, not for given files: where the text is unclear it warns rather than guesses.
/// </summary>
public static class CircularParser
{
    public static ParsedCircular Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = DocumentText.CleanLines(text);
        return DocumentLanguage.Detect(text) switch
        {
            "en" => EnglishCircularReader.Read(lines),
            "zh" => ChineseCircularReader.Read(lines),
            var other => Unread(other),
        };
    }

    /// <summary>A version in a language the reader does not read: said so, and nothing guessed from it.</summary>
    private static ParsedCircular Unread(string language) =>
        new(null, language, null, null, null, null, new ParsedMeeting(null, null, null), null, [], [],
            [new ImportWarning("This document is in {0}; the reader reads the English and Chinese versions of circulars. Import the English version, or enter this one by hand.", LanguageName(language))]);

    private static string LanguageName(string language) => language switch
    {
        "fr" => "French",
        "es" => "Spanish",
        "ru" => "Russian",
        "ar" => "Arabic",
        _ => language,
    };
}
