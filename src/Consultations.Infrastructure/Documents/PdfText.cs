using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace Consultations.Infrastructure.Documents;

/// <summary>
/// The text of a circular published as PDF, one line per paragraph as in the Word document: letters are read in
/// lines by their baseline, and a line the layout wrapped (the next line's first word would not have fitted after it,
/// and no paragraph space separates them) is joined to the next.
/// </summary>
public static class PdfText
{
    public static string Extract(Stream pdf)
    {
        using var document = PdfDocument.Open(pdf);
        var text = new StringBuilder();
        Line? previous = null;
        double previousRightEdge = 0;
        foreach (var page in document.GetPages())
        {
            var lines = LinesOf(page);
            if (lines.Count == 0)
            {
                continue;
            }

            var rightEdge = lines.Max(l => l.Right);
            var spacing = LineSpacing(lines);
            if (previous is not null)
            {
                // The last line of the previous page continues here when it was full.
                text.Append(Wraps(previous, lines[0], previousRightEdge) ? JoinerBetween(previous.Text, lines[0].Text) : "\n");
            }

            // A page footer stands far below the body: it is page furniture, not text, and the body's last line may
            // continue overleaf.
            var footer = lines.Count > 1 && lines[^2].Baseline - lines[^1].Baseline > 2 * spacing ? lines[^1] : null;
            var body = footer is null ? lines : lines[..^1];
            for (var i = 0; i < body.Count; i++)
            {
                text.Append(body[i].Text);
                if (i + 1 < body.Count)
                {
                    var wrapped = body[i].Baseline - body[i + 1].Baseline <= spacing + 1 && Wraps(body[i], body[i + 1], rightEdge);
                    text.Append(wrapped ? JoinerBetween(body[i].Text, body[i + 1].Text) : "\n");
                }
            }

            previous = body[^1];
            previousRightEdge = rightEdge;
        }

        return text.Append('\n').ToString();
    }

    /// <summary>Whether the layout broke the line: the next line's first word would not have fitted after it.</summary>
    private static bool Wraps(Line line, Line next, double rightEdge) =>
        line.Right + line.SpaceWidth + next.FirstWordWidth > rightEdge;

    private sealed record Line(string Text, double Baseline, double Right, double FirstWordWidth, double SpaceWidth);

    private static List<Line> LinesOf(Page page) =>
        page.Letters
            .Where(l => !string.IsNullOrEmpty(l.Value))
            .GroupBy(l => Math.Round(l.StartBaseLine.Y, 1))
            .OrderByDescending(g => g.Key)
            .Select(g =>
            {
                var letters = g.OrderBy(l => l.StartBaseLine.X).ToList();
                var value = string.Concat(letters.Select(l => l.Value)).TrimEnd();
                // The first word, or the first character of Chinese, which breaks between any two.
                var firstSpace = letters.FindIndex(l => l.Value == " ");
                var firstWordEnd = Scripts.IsCjk(letters[0].Value[0]) ? letters[0].EndBaseLine.X
                    : firstSpace < 0 ? letters[^1].EndBaseLine.X
                    : letters[firstSpace].StartBaseLine.X;
                var space = letters.FirstOrDefault(l => l.Value == " ");
                return new Line(
                    value,
                    g.Key,
                    letters.Where(l => l.Value != " ").Select(l => l.EndBaseLine.X).DefaultIfEmpty(0).Max(),
                    firstWordEnd - letters[0].StartBaseLine.X,
                    space is null ? letters.Average(l => l.Width) : space.Width);
            })
            .Where(l => l.Text.Length > 0)
            .ToList();

    /// <summary>The distance between two lines of one paragraph: the smallest distance between baselines.</summary>
    private static double LineSpacing(List<Line> lines) =>
        lines.Zip(lines.Skip(1), (a, b) => Math.Round(a.Baseline - b.Baseline, 1)).Where(d => d > 0).DefaultIfEmpty(0).Min();

    /// <summary>A break beside a Chinese character joins without a space (Chinese puts none there); others with one.</summary>
    private static string JoinerBetween(string line, string next) =>
        line.Length > 0 && next.Length > 0 && (Scripts.IsCjk(line[^1]) || Scripts.IsCjk(next[0])) ? string.Empty : " ";
}
