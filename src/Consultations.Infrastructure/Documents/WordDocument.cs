using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Consultations.Infrastructure.Pdf;

namespace Consultations.Infrastructure.Documents;

/// <summary>
/// Writes a document's blocks (<see cref="PdfReport"/>, the same model the PDF engine lays out) as a Word .docx:
/// paragraphs with their weight, size and indent, facts and tables as Word tables, tabs and line breaks kept, so that
/// TSB can edit the result in Word and the portal can read it back.
/// </summary>
public static class WordDocument
{
    public static byte[] Write(PdfReport report)
    {
        using var output = new MemoryStream();
        using (var document = WordprocessingDocument.Create(output, WordprocessingDocumentType.Document))
        {
            document.PackageProperties.Title = report.Title;
            document.PackageProperties.Creator = "ITU-T Consultations";
            var main = document.AddMainDocumentPart();
            AddStyles(main);
            var body = new Body();
            foreach (var block in report.Blocks)
            {
                foreach (var element in Elements(block))
                {
                    body.Append(element);
                }
            }

            body.Append(new SectionProperties(
                new PageSize { Width = 11906, Height = 16838 },
                new PageMargin { Top = 1134, Bottom = 1134, Left = 1134, Right = 1134, Header = 567, Footer = 567, Gutter = 0 }));
            main.Document = new Document(body);
            main.Document.Save();
        }

        return output.ToArray();
    }

    private static IEnumerable<OpenXmlElement> Elements(PdfBlock block)
    {
        switch (block)
        {
            case PdfHeading heading:
                yield return Paragraph(heading.Text, bold: true, size: heading.Level == 1 ? 15 : 12, indent: 0, outline: heading.Level - 1);
                break;
            case PdfParagraph paragraph:
                yield return Paragraph(paragraph.Text, paragraph.Bold, paragraph.Size, paragraph.Indent, keepNext: paragraph.KeepWithNext);
                break;
            case PdfFacts facts:
                yield return Table([.. facts.Rows.Select(r => (IReadOnlyList<string>)[r.Key, r.Value])], [1, 4], header: null);
                break;
            case PdfTable table:
                yield return Table(table.Rows, table.Weights, table.Header);
                break;
            case PdfBars bars:
                foreach (var bar in bars.Bars)
                {
                    yield return Paragraph($"{bar.Label}\t{bar.Value}", bar.Highlight, 10, 0);
                }

                break;
            case PdfRule:
                yield return new Paragraph(new ParagraphProperties(new ParagraphBorders(new BottomBorder { Val = BorderValues.Single, Size = 4, Color = "999999" })));
                break;
        }
    }

    private static Paragraph Paragraph(string text, bool bold, double size, double indent, int? outline = null, bool keepNext = false)
    {
        var properties = new ParagraphProperties();
        if (outline is not null || keepNext)
        {
            properties.Append(new KeepNext());
        }

        if (outline is not null)
        {
            properties.Append(new OutlineLevel { Val = outline.Value });
        }

        properties.Append(new SpacingBetweenLines { After = "80" });
        if (indent > 0)
        {
            properties.Append(new Indentation { Left = ((int)(indent * 20)).ToString(System.Globalization.CultureInfo.InvariantCulture) });
        }

        var paragraph = new Paragraph(properties);
        var lines = text.Split('\n');
        for (var l = 0; l < lines.Length; l++)
        {
            var run = new Run(RunProperties(bold, size));
            if (l > 0)
            {
                run.Append(new Break());
            }

            var parts = lines[l].Split('\t');
            for (var p = 0; p < parts.Length; p++)
            {
                if (p > 0)
                {
                    run.Append(new TabChar());
                }

                run.Append(new Text(parts[p]) { Space = SpaceProcessingModeValues.Preserve });
            }

            paragraph.Append(run);
        }

        return paragraph;
    }

    private static RunProperties RunProperties(bool bold, double size)
    {
        var properties = new RunProperties();
        if (bold)
        {
            properties.Append(new Bold());
        }

        properties.Append(new FontSize { Val = ((int)Math.Round(size * 2)).ToString(System.Globalization.CultureInfo.InvariantCulture) });
        return properties;
    }

    private static Table Table(IReadOnlyList<IReadOnlyList<string>> rows, IReadOnlyList<double> weights, IReadOnlyList<string>? header)
    {
        const int width = 9638;
        var total = weights.Sum();
        var columns = weights.Select(w => (int)(width * w / total)).ToList();
        var table = new Table(
            new TableProperties(new TableWidth { Width = width.ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa }),
            new TableGrid(columns.Select(c => new GridColumn { Width = c.ToString(System.Globalization.CultureInfo.InvariantCulture) })));
        if (header is not null)
        {
            table.Append(Row(header, columns, bold: true, isHeader: true));
        }

        foreach (var row in rows)
        {
            table.Append(Row(row, columns, bold: false, isHeader: false));
        }

        return table;
    }

    private static TableRow Row(IReadOnlyList<string> cells, List<int> columns, bool bold, bool isHeader)
    {
        var row = new TableRow();
        if (isHeader)
        {
            row.Append(new TableRowProperties(new TableHeader()));
        }

        for (var i = 0; i < cells.Count; i++)
        {
            var cell = new TableCell(new TableCellProperties(new TableCellWidth { Width = columns[i].ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa }));
            foreach (var line in cells[i].Split('\n'))
            {
                cell.Append(Paragraph(line, bold || i == 0 && !isHeader && columns.Count == 2, 10, 0));
            }

            row.Append(cell);
        }

        return row;
    }

    private static void AddStyles(MainDocumentPart main)
    {
        var styles = main.AddNewPart<StyleDefinitionsPart>();
        styles.Styles = new Styles(new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = "Calibri", HighAnsi = "Calibri", EastAsia = "SimSun", ComplexScript = "Arial" },
                new FontSize { Val = "20" },
                new Languages { Val = "en-GB", EastAsia = "zh-CN", Bidi = "ar-SA" })),
            new ParagraphPropertiesDefault()));
        styles.Styles.Save();
    }
}
