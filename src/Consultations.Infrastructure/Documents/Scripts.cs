namespace Consultations.Infrastructure.Documents;

/// <summary>Which characters are Chinese (ideographs, CJK and full-width punctuation): they need the Chinese font and break anywhere.</summary>
public static class Scripts
{
    public static bool IsCjk(char c) => c is >= '\u3000' and <= '\u9fff' or >= '\uff00' and <= '\uffef';
}
