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
        int letters = 0, chinese = 0, arabic = 0, cyrillic = 0, latin = 0;
        foreach (var c in text)
        {
            letters += char.IsLetter(c) ? 1 : 0;
            chinese += c is >= '\u4e00' and <= '\u9fff' ? 1 : 0;
            arabic += c is >= '\u0600' and <= '\u06ff' ? 1 : 0;
            cyrillic += c is >= '\u0400' and <= '\u04ff' ? 1 : 0;
            latin += char.IsAsciiLetter(c) ? 1 : 0;
        }

        if (letters == 0)
        {
            return "en";
        }

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
        var lines = text.Split('\n').Select(l => l.TrimStart()).ToList();
        var labels = (
            English: Labels(lines, text, ["Subject", "Dear Sir/Madam", "Yours faithfully", "Copy to"], ["TSB Circular"], EnglishAnnex()),
            French: Labels(lines, text, ["Objet", "Madame, Monsieur", "Veuillez agréer", "Copie"], ["Circulaire TSB", "Genève,"], FrenchAnnex()),
            Spanish: Labels(lines, text, ["Asunto", "Muy Señora mía", "Atentamente", "Copia"], ["Circular TSB", "Ginebra,"], SpanishAnnex()));
        var scores = labels.English + labels.French + labels.Spanish > 0
            ? labels
            : (English: EnglishWords().Count(text), French: FrenchWords().Count(text), Spanish: SpanishWords().Count(text));
        return scores.French > scores.English && scores.French >= scores.Spanish ? "fr"
            : scores.Spanish > scores.English && scores.Spanish > scores.French ? "es"
            : "en";
    }

    /// <summary>
    /// How often a language's labels occur: lines that begin with one of them (as a word), the phrases anywhere, and
    /// "Annex 1". Read line by line: one regular expression anchored at every line start cost milliseconds per page.
    /// </summary>
    private static int Labels(List<string> lines, string text, string[] lineStarts, string[] phrases, Regex annex)
    {
        var count = lines.Count(line => lineStarts.Any(start =>
            line.StartsWith(start, StringComparison.Ordinal) && (line.Length == start.Length || !char.IsLetterOrDigit(line[start.Length]))));
        foreach (var phrase in phrases)
        {
            for (var at = text.IndexOf(phrase, StringComparison.Ordinal); at >= 0; at = text.IndexOf(phrase, at + phrase.Length, StringComparison.Ordinal))
            {
                count++;
            }
        }

        return count + annex.Count(text);
    }

    [GeneratedRegex(@"\bAnnex \d")]
    private static partial Regex EnglishAnnex();

    [GeneratedRegex(@"\bAnnexe \d")]
    private static partial Regex FrenchAnnex();

    [GeneratedRegex(@"\bAnexo \d")]
    private static partial Regex SpanishAnnex();

    [GeneratedRegex(@"\b(?:the|of|and|to|is|for)\b")]
    private static partial Regex EnglishWords();

    [GeneratedRegex(@"\b(?:les|des|du|et|est|pour|une)\b")]
    private static partial Regex FrenchWords();

    [GeneratedRegex(@"\b(?:los|las|del|y|es|para|una)\b")]
    private static partial Regex SpanishWords();
}
