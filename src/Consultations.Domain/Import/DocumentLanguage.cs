using System.Text.RegularExpressions;

namespace Consultations.Domain.Import;

/// <summary>
/// The language of a circular's document, told from its own words: the script (Chinese, Arabic, Cyrillic), then the
/// letter's labels ("Subject:" / "Objet :" / "Asunto:"), and only without labels its common words. A French, Spanish, Russian or Arabic
/// version must never be read as English.
/// </summary>
public static partial class DocumentLanguage
{
    public static string Detect(string text)
    {
        var letters = text.Count(char.IsLetter);
        if (letters == 0)
        {
            return "en";
        }

        var chinese = text.Count(c => c is >= '\u4e00' and <= '\u9fff');
        var arabic = text.Count(c => c is >= '\u0600' and <= '\u06ff');
        var cyrillic = text.Count(c => c is >= '\u0400' and <= '\u04ff');
        var latin = text.Count(char.IsAsciiLetter);
        if (chinese > 50 && chinese > latin / 4)
        {
            return "zh";
        }

        if (arabic > latin / 2 && arabic > 50)
        {
            return "ar";
        }

        if (cyrillic > latin / 2 && cyrillic > 50)
        {
            return "ru";
        }

        // The letter's own labels decide: French and Spanish versions often keep Annex 1's summaries in English.
        var labels = (English: EnglishLabels().Count(text), French: FrenchLabels().Count(text), Spanish: SpanishLabels().Count(text));
        var scores = labels.English + labels.French + labels.Spanish > 0
            ? labels
            : (English: EnglishWords().Count(text), French: FrenchWords().Count(text), Spanish: SpanishWords().Count(text));
        return scores.French > scores.English && scores.French >= scores.Spanish ? "fr"
            : scores.Spanish > scores.English && scores.Spanish > scores.French ? "es"
            : "en";
    }

    [GeneratedRegex(@"(?m)^\s*(?:Subject|Dear Sir/Madam|Yours faithfully|Copy to)\b|TSB Circular|\bAnnex \d")]
    private static partial Regex EnglishLabels();

    [GeneratedRegex(@"(?m)^\s*(?:Objet|Madame, Monsieur|Veuillez agréer|Copie)\b|Circulaire TSB|\bAnnexe \d|Genève,")]
    private static partial Regex FrenchLabels();

    [GeneratedRegex(@"(?m)^\s*(?:Asunto|Muy Señora mía|Atentamente|Copia)\b|Circular TSB|\bAnexo \d|Ginebra,")]
    private static partial Regex SpanishLabels();

    [GeneratedRegex(@"\b(?:the|of|and|to|is|for)\b")]
    private static partial Regex EnglishWords();

    [GeneratedRegex(@"\b(?:les|des|du|et|est|pour|une)\b")]
    private static partial Regex FrenchWords();

    [GeneratedRegex(@"\b(?:los|las|del|y|es|para|una)\b")]
    private static partial Regex SpanishWords();
}
