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
        var chinese = text.Count(c => c is >= '\u4e00' and <= '\u9fff');
        var latin = text.Count(char.IsAsciiLetter);
        return chinese > latin / 4 && chinese > 50
            ? ChineseCircularReader.Read(lines)
            : EnglishCircularReader.Read(lines);
    }
}
