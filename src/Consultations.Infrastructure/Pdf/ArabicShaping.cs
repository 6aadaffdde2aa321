using System.Globalization;
using System.Text;

namespace Consultations.Infrastructure.Pdf;

/// <summary>
/// Joins Arabic letters for a renderer that draws characters, not glyphs: each letter becomes its isolated, final,
/// initial or medial presentation form (Unicode's Arabic Presentation Forms-B), and lam followed by alef becomes their
/// ligature. Which form of which letter a presentation form is comes from Unicode itself: each form decomposes (NFKC)
/// to its letter, and the block lists a letter's forms in the order isolated, final, initial, medial — so a letter
/// with four forms joins on both sides, one with two joins only the letter before it. Text extraction folds the forms
/// back to the letters (NFKC). The output stays in logical order; laying it out right to left is the caller's.
/// </summary>
public static class ArabicShaping
{
    private const char Lam = '\u0644';
    private const char Tatweel = '\u0640';

    private sealed record Forms(char Isolated, char? Final, char? Initial, char? Medial)
    {
        public bool JoinsPrevious => Final is not null;

        public bool JoinsNext => Initial is not null;
    }

    private static readonly Lazy<(IReadOnlyDictionary<char, Forms> Letters, IReadOnlyDictionary<char, Forms> LamAlef)> Table = new(Build);

    /// <summary>The text with its Arabic letters in their joined forms, in logical order; other characters unchanged.</summary>
    public static string Shape(string text)
    {
        var (letters, lamAlef) = Table.Value;
        var output = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (!letters.TryGetValue(c, out var forms))
            {
                output.Append(c);
                continue;
            }

            var previous = Neighbour(text, i, -1);
            var joinsPrevious = forms.JoinsPrevious && previous is { } p && (p == Tatweel || (letters.TryGetValue(p, out var before) && before.JoinsNext));
            var nextIndex = NeighbourIndex(text, i, +1);
            // Lam and alef make one ligature; with a mark between them they stay two letters, so that the text keeps its order.
            if (c == Lam && nextIndex == i + 1 && lamAlef.TryGetValue(text[nextIndex], out var ligature))
            {
                output.Append(joinsPrevious ? ligature.Final!.Value : ligature.Isolated);
                i = nextIndex;
                continue;
            }

            var next = nextIndex >= 0 ? text[nextIndex] : (char?)null;
            var joinsNext = forms.JoinsNext && next is { } n && (n == Tatweel || (letters.TryGetValue(n, out var after) && after.JoinsPrevious));
            output.Append((joinsPrevious, joinsNext) switch
            {
                (true, true) => forms.Medial!.Value,
                (true, false) => forms.Final!.Value,
                (false, true) => forms.Initial!.Value,
                _ => forms.Isolated,
            });
        }

        return output.ToString();
    }

    // Marks (harakat) are transparent: a letter joins across them.
    private static char? Neighbour(string text, int index, int step) =>
        NeighbourIndex(text, index, step) is var found and >= 0 ? text[found] : null;

    private static int NeighbourIndex(string text, int index, int step)
    {
        for (var j = index + step; j >= 0 && j < text.Length; j += step)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(text[j]) != UnicodeCategory.NonSpacingMark)
            {
                return j;
            }
        }

        return -1;
    }

    private static (IReadOnlyDictionary<char, Forms>, IReadOnlyDictionary<char, Forms>) Build()
    {
        var letters = new Dictionary<char, List<char>>();
        var lamAlef = new Dictionary<char, List<char>>();
        for (var code = 0xFE80; code <= 0xFEFC; code++)
        {
            var form = (char)code;
            var letter = form.ToString().Normalize(NormalizationForm.FormKC);
            var group = letter.Length == 1 ? letters : letter.Length == 2 && letter[0] == Lam ? lamAlef : null;
            if (group is null)
            {
                continue;
            }

            var key = letter[^1];
            if (!group.TryGetValue(key, out var list))
            {
                group[key] = list = [];
            }

            list.Add(form);
        }

        return (letters.ToDictionary(p => p.Key, p => FormsOf(p.Value)), lamAlef.ToDictionary(p => p.Key, p => FormsOf(p.Value)));
    }

    private static Forms FormsOf(List<char> forms) => forms.Count switch
    {
        >= 4 => new Forms(forms[0], forms[1], forms[2], forms[3]),
        2 or 3 => new Forms(forms[0], forms[1], null, null),
        _ => new Forms(forms[0], null, null, null),
    };
}
