using Consultations.Domain.Import;
using Consultations.Infrastructure.Documents;
using Consultations.Infrastructure.Pdf;
using Consultations.Testing;

namespace Consultations.Web.Tests.Publishing;

/// <summary>
/// Circulars are published as Word documents and as PDF. Each sample, laid out as a .docx and as a PDF (paragraphs
/// wrapped by the page, a running footer on every page), is read to exactly what its text gives.
/// </summary>
public class Importing_every_format
{
    public static TheoryData<string> Samples => new()
    {
        "tsb-circular-104-2026-en.txt",
        "tsb-circular-142-2023-en.txt",
        "tsb-circular-104-2026-zh.txt",
    };

    [Theory]
    [MemberData(nameof(Samples))]
    public void A_docx_of_the_sample_reads_as_its_text(string sample)
    {
        var text = SampleDocuments.Read(sample);

        var fromDocx = CircularFile.TextOf(new MemoryStream(SampleDocuments.Docx(text)), "circular.docx");

        Assert.Equal(Summary(CircularParser.Parse(text)), Summary(CircularParser.Parse(fromDocx)));
    }

    [Theory]
    [InlineData("tsb-circular-104-2026-en.txt")]
    [InlineData("tsb-circular-142-2023-en.txt")]
    [InlineData("tsb-circular-104-2026-zh.txt")]
    public void A_pdf_of_the_sample_reads_as_its_text(string sample)
    {
        var text = SampleDocuments.Read(sample);
        var expected = CircularParser.Parse(text);
        var pdf = new PdfSharpRenderer().Render(new PdfReport(
            "Circular",
            expected.Language == "zh" ? $"电信标准化局第{expected.Number}号通函" : $"TSB Circular {expected.Number}",
            [.. text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n')
                .Select(line => line.Replace('\t', ' ').Trim())
                .Where(line => line.Length > 0)
                .Select(line => new PdfParagraph(line))]));

        var fromPdf = CircularFile.TextOf(new MemoryStream(pdf), "circular.pdf");

        Assert.True(fromPdf.Split('\n').Length > 40);
        Assert.Equal(Summary(expected), Summary(CircularParser.Parse(fromPdf)));
    }

    [Fact]
    public void A_Chinese_PDF_keeps_the_digits_of_its_dates_and_numbers()
    {
        var text = SampleDocuments.Read("tsb-circular-104-2026-zh.txt");
        var pdf = new PdfSharpRenderer().Render(new PdfReport("Circular", "电信标准化局第104号通函", [.. text.Split('\n')
            .Select(line => line.Replace('\t', ' ').Trim()).Where(line => line.Length > 0).Take(40).Select(line => new PdfParagraph(line))]));

        var lines = DocumentText.CleanLines(CircularFile.TextOf(new MemoryStream(pdf), "circular.pdf"));

        Assert.Contains("2026年2月13日，日内瓦", lines);
        Assert.Contains("电信标准化局第104号通函", lines);
        Assert.Contains("- 巴勒斯坦国（第99号决议（2018年，迪拜，修订版））", lines);
    }

    /// <summary>Every field the reader gives, warnings included, as one comparable text.</summary>
    private static string Summary(ParsedCircular parsed) => string.Join('\n', new[]
        {
            $"{parsed.Number}|{parsed.Language}|{parsed.Date}|{parsed.Reference}|{parsed.StudyGroup}|{parsed.Addressees}",
            $"{parsed.Meeting}|{parsed.Deadline}",
        }
        .Concat(parsed.Notes.Select(n => $"{n.Kind}:{n.Text}"))
        .Concat(parsed.Texts.Select(t => $"{t.Position}|{t.Kind}|{t.Recommendation}|{t.AmendmentNumber}|{t.ProvisionalName}|{t.Title}|{t.Summary}|{t.DocumentRef}|{string.Join(";", t.Notes)}"))
        .Concat(parsed.Warnings.Select(w => w.Text)));
}
