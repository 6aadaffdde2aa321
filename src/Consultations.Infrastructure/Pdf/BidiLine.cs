using System.Globalization;
using Consultations.Infrastructure.Documents;

namespace Consultations.Infrastructure.Pdf;

/// <summary>A stretch of a line in one direction, its text in logical order.</summary>
public sealed record BidiRun(string Text, bool RightToLeft);

/// <summary>
/// The order in which the stretches of one line of mixed Arabic and Latin text are seen, for the two cases the
/// portal's documents hold: a right-to-left paragraph with left-to-right words in it (an Arabic receipt naming
/// "X.1280" or "C104-EGY-v1") and a left-to-right paragraph with Arabic words in it. This is the Unicode
/// bidirectional algorithm reduced to one level of embedding: strong letters decide, neutral characters between two
/// of the same direction take it and others take the paragraph's, and an isolate (U+2066-2069, which the portal
/// puts around each argument of a sentence) is one unit in the direction of its first strong letter.
/// </summary>
public static class BidiLine
{
    private const char LeftToRightIsolate = '\u2066';
    private const char RightToLeftIsolate = '\u2067';
    private const char FirstStrongIsolate = '\u2068';
    private const char PopDirectionalIsolate = '\u2069';

    public static bool IsIsolateControl(char c) => c is >= LeftToRightIsolate and <= PopDirectionalIsolate;

    /// <summary>The runs of the line in visual order, left to right; the text of each run stays in logical order.</summary>
    public static IReadOnlyList<BidiRun> Visual(string line, bool rightToLeftParagraph)
    {
        var logical = Logical(line, rightToLeftParagraph);
        return rightToLeftParagraph ? [.. Enumerable.Reverse(logical)] : logical;
    }

    /// <summary>The runs of the line in logical order.</summary>
    public static IReadOnlyList<BidiRun> Logical(string line, bool rightToLeftParagraph)
    {
        var (text, strong) = Classify(line);
        // A neutral character takes the direction of the strong ones on both sides when they agree, the paragraph's otherwise.
        var before = new bool?[text.Length];
        for (var i = 1; i < text.Length; i++)
        {
            before[i] = strong[i - 1] ?? before[i - 1];
        }

        var resolved = new bool[text.Length];
        bool? after = null;
        for (var i = text.Length - 1; i >= 0; i--)
        {
            resolved[i] = strong[i] ?? (before[i] is { } b && b == after ? b : rightToLeftParagraph);
            after = strong[i] ?? after;
        }

        var runs = new List<BidiRun>();
        var start = 0;
        for (var i = 1; i <= text.Length; i++)
        {
            if (i == text.Length || resolved[i] != resolved[start])
            {
                if (i > start)
                {
                    runs.Add(new BidiRun(text[start..i], resolved[start]));
                }

                start = i;
            }
        }

        return runs;
    }

    /// <summary>The characters without the isolate controls, each with its direction when it is strong (true: right to left).</summary>
    private static (string Text, bool?[] Strong) Classify(string line)
    {
        var text = new System.Text.StringBuilder(line.Length);
        var strong = new List<bool?>(line.Length);
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (c is LeftToRightIsolate or RightToLeftIsolate or FirstStrongIsolate)
            {
                var end = line.IndexOf(PopDirectionalIsolate, i + 1);
                end = end < 0 ? line.Length : end;
                var inner = line[(i + 1)..end];
                var direction = c == LeftToRightIsolate ? false
                    : c == RightToLeftIsolate ? true
                    : FirstStrongIsRightToLeft(inner);
                foreach (var ch in inner.Where(ch => !IsIsolateControl(ch)))
                {
                    text.Append(ch);
                    // A left-to-right isolate ("C104-FRA-v3", "X.1500 (ex X.prov-0)") is one left-to-right piece with its
                    // punctuation; inside a right-to-left one ("20 مايو 2026") numbers keep their own direction.
                    strong.Add(direction == false ? false : Strong(ch));
                }

                i = end;
                continue;
            }

            if (IsIsolateControl(c))
            {
                continue;
            }

            text.Append(c);
            strong.Add(Strong(c));
        }

        return (text.ToString(), [.. strong]);
    }

    /// <summary>
    /// The direction of the first letter (true: right to left), as a paragraph takes it (Unicode's rule P2); digits
    /// do not decide. Null when the text has no letter.
    /// </summary>
    public static bool? FirstStrongIsRightToLeft(string text)
    {
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                return Strong(c);
            }
        }

        return null;
    }

    private static bool? Strong(char c) =>
        Scripts.IsArabic(c) && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && !char.IsDigit(c) ? true
        : char.IsLetterOrDigit(c) ? false
        : null;

    /// <summary>Brackets and the like point the other way in right-to-left runs (Unicode's Bidi_Mirrored pairs).</summary>
    public static char Mirrored(char c) => c switch
    {
        '(' => ')',
        ')' => '(',
        '[' => ']',
        ']' => '[',
        '{' => '}',
        '}' => '{',
        '<' => '>',
        '>' => '<',
        '«' => '»',
        '»' => '«',
        '‹' => '›',
        '›' => '‹',
        _ => c,
    };
}
