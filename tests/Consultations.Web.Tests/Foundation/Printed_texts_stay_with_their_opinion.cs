using System.Globalization;
using Consultations.Infrastructure.Pdf;
using UglyToad.PdfPig;

namespace Consultations.Web.Tests.Foundation;

/// <summary>
/// A text's number, title and opinion are printed on one page: a page break between them (a number at the foot of a
/// page, its opinion at the top of the next) is how a reader misreads a receipt.
/// </summary>
public class Printed_texts_stay_with_their_opinion
{
    private static PdfReport Report(bool keep) => new("Receipt", "footer", [.. Enumerable.Range(1, 40).SelectMany(n => new PdfBlock[]
    {
        new PdfParagraph($"Recommendation TXT{n:000}", Bold: true, KeepWithNext: keep),
        new PdfParagraph(string.Join(' ', Enumerable.Repeat("Security framework for out-of-band mutual authentication", n % 4 + 1)), Indent: 12, KeepWithNext: keep),
        new PdfParagraph($"→ Assigns authority OPN{n:000}", Indent: 12, Bold: true),
    })]);

    private static List<int> Split(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        var pages = document.GetPages().Select(p => p.Text).ToList();
        return Enumerable.Range(1, 40)
            .Where(n => pages.FindIndex(t => t.Contains($"TXT{n.ToString("000", CultureInfo.InvariantCulture)}", StringComparison.Ordinal))
                != pages.FindIndex(t => t.Contains($"OPN{n.ToString("000", CultureInfo.InvariantCulture)}", StringComparison.Ordinal)))
            .ToList();
    }

    [Fact]
    public void Each_text_and_its_opinion_are_on_the_same_page()
    {
        var renderer = new PdfSharpRenderer();

        var unkept = Split(renderer.Render(Report(keep: false)));
        var kept = Split(renderer.Render(Report(keep: true)));

        Assert.NotEmpty(unkept);
        Assert.Empty(kept);
    }
}
