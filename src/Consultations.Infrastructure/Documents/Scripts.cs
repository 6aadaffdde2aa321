namespace Consultations.Infrastructure.Documents;

/// <summary>
/// Which characters need a font and a layout of their own: Chinese (ideographs, CJK and full-width punctuation: the
/// Chinese font, breaks anywhere) and Arabic (the Arabic font, shaped and laid out right to left).
/// </summary>
public static class Scripts
{
    public static bool IsCjk(char c) => c is >= '\u3000' and <= '\u9fff' or >= '\uff00' and <= '\uffef';

    /// <summary>Arabic letters, marks and digits, with the presentation forms.</summary>
    public static bool IsArabic(char c) =>
        c is >= '\u0600' and <= '\u06ff' or >= '\u0750' and <= '\u077f' or >= '\u08a0' and <= '\u08ff'
            or >= '\ufb50' and <= '\ufdff' or >= '\ufe70' and <= '\ufefc';
}
