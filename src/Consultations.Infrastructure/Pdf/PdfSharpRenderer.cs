using Consultations.Infrastructure.Documents;
using PdfSharp.Drawing;
using PdfSharp.Fonts;
using PdfSharp.Pdf;

namespace Consultations.Infrastructure.Pdf;

/// <summary>
/// Lays out a <see cref="PdfReport"/> on A4 pages with PDFsharp, wrapping Latin and Arabic text at spaces and Chinese
/// between characters. An Arabic document is mirrored: text starts on the right, labels and first columns stand on the
/// right, bars grow leftwards. Arabic letters are joined (<see cref="ArabicShaping"/>) and each line is ordered
/// (<see cref="BidiLine"/>); right-to-left runs are drawn letter by letter in logical order, so that text extracted
/// from the PDF reads in the order it was written.
/// </summary>
public sealed class PdfSharpRenderer : IPdfRenderer
{
    private const double Margin = 50;
    private static readonly object FontSetup = new();

    public PdfSharpRenderer()
    {
        lock (FontSetup)
        {
            GlobalFontSettings.FontResolver ??= new EmbeddedFontResolver();
        }
    }

    public byte[] Render(PdfReport report)
    {
        using var document = new PdfDocument();
        document.Info.Title = report.Title;
        document.Info.Creator = "ITU-T Consultations";
        var layout = new Layout(document, report.Footer, report.RightToLeft);
        for (var i = 0; i < report.Blocks.Count; i++)
        {
            if (report.Blocks[i] is PdfParagraph { KeepWithNext: true })
            {
                var chain = report.Blocks.Skip(i).TakeWhile((b, n) => n == 0 || report.Blocks[i + n - 1] is PdfParagraph { KeepWithNext: true }).OfType<PdfParagraph>();
                layout.KeepTogether(chain);
            }

            layout.Draw(report.Blocks[i]);
        }

        layout.Finish();
        using var output = new MemoryStream();
        document.Save(output, closeStream: false);
        return output.ToArray();
    }

    private sealed class Layout(PdfDocument document, string footer, bool rightToLeft)
    {
        private readonly Dictionary<(char Character, double Size, bool Bold), double> advances = [];
        private readonly Dictionary<(string Family, double Size, bool Bold), XFont> fonts = [];
        private readonly List<(PdfPage Page, XGraphics Graphics)> pages = [];
        private XGraphics graphics = null!;
        private double y;
        private double width;
        private double bottom;

        public void Draw(PdfBlock block)
        {
            if (pages.Count == 0)
            {
                NewPage();
            }

            switch (block)
            {
                case PdfHeading heading:
                    Space(heading.Level == 1 ? 6 : 10);
                    Text(heading.Text, heading.Level == 1 ? 15 : 12, bold: true, indent: 0);
                    Space(4);
                    break;
                case PdfParagraph paragraph:
                    Text(paragraph.Text, paragraph.Size, paragraph.Bold, paragraph.Indent);
                    Space(3);
                    break;
                case PdfFacts facts:
                    foreach (var (label, value) in facts.Rows)
                    {
                        KeepRow(label, value, 140, width - 150);
                        var top = y;
                        var labelBottom = Lines(label, 9.5, bold: true, x: Margin, maxWidth: 140);
                        y = top;
                        var valueBottom = Lines(value, 9.5, bold: false, x: Margin + 150, maxWidth: width - 150);
                        y = Math.Max(labelBottom, valueBottom) + 2;
                    }

                    Space(4);
                    break;
                case PdfTable table:
                    DrawTable(table);
                    break;
                case PdfBars bars:
                    DrawBars(bars);
                    break;
                case PdfRule:
                    // Room below the rule for tall letters: Arabic and Chinese rise above the Latin ascent.
                    Ensure(12);
                    graphics.DrawLine(XPens.Gray, Margin, y + 3, Margin + width, y + 3);
                    y += 12;
                    break;
            }
        }

        /// <summary>Starts a new page when the paragraphs would not fit on this one but fit on an empty page.</summary>
        public void KeepTogether(IEnumerable<PdfParagraph> paragraphs)
        {
            if (pages.Count == 0)
            {
                NewPage();
            }

            var height = paragraphs.Sum(p => LineCount(p.Text, p.Size, p.Bold, width - p.Indent) * p.Size * 1.35 + 3);
            if (y + height > bottom && height < bottom - Margin)
            {
                NewPage();
            }
        }

        /// <summary>Starts a new page when a label and value row would not fit on this one (a row never straddles two pages).</summary>
        private void KeepRow(string label, string value, double labelWidth, double valueWidth)
        {
            var height = Math.Max(LineCount(label, 9.5, true, labelWidth), LineCount(value, 9.5, false, valueWidth)) * 9.5 * 1.35;
            if (y + height > bottom && height < bottom - Margin)
            {
                NewPage();
            }
        }

        private int LineCount(string text, double size, bool bold, double maxWidth) =>
            text.Replace("\r", string.Empty, StringComparison.Ordinal).Replace("\t", "   ", StringComparison.Ordinal).Split('\n')
                .Sum(paragraph => Wrap(paragraph, size, bold, maxWidth).Count);

        public void Finish()
        {
            for (var i = 0; i < pages.Count; i++)
            {
                var (page, g) = pages[i];
                DrawRuns(g, $"{footer}   {i + 1}/{pages.Count}", 7.5, bold: false, XBrushes.DimGray, new XRect(Margin, page.Height.Point - 28, page.Width.Point - (2 * Margin), 0), XStringFormats.BaseLineLeft);
                g.Dispose();
            }
        }

        private void DrawTable(PdfTable table)
        {
            var total = table.Weights.Sum();
            var columns = table.Weights.Select(w => width * w / total).ToList();
            Row(table.Header, columns, bold: true, shade: true);
            foreach (var row in table.Rows)
            {
                Row(row, columns, bold: false, shade: false);
            }

            Space(6);
        }

        private void Row(IReadOnlyList<string> cells, List<double> columns, bool bold, bool shade)
        {
            var heights = cells.Select((cell, i) => Wrap(cell, 8.5, bold, columns[i] - 6).Count * 11.0 + 4).ToList();
            var height = heights.Max();
            Ensure(height);
            var x = Margin;
            if (shade)
            {
                graphics.DrawRectangle(XBrushes.Gainsboro, Margin, y, width, height);
            }

            for (var i = 0; i < cells.Count; i++)
            {
                var top = y;
                Lines(cells[i], 8.5, bold, x + 3, columns[i] - 6, lineHeight: 11, startOffset: 2);
                y = top;
                x += columns[i];
            }

            graphics.DrawLine(XPens.LightGray, Margin, y + height, Margin + width, y + height);
            y += height;
        }

        private void DrawBars(PdfBars bars)
        {
            const double labelWidth = 110;
            var barWidth = width - labelWidth - 120;
            foreach (var bar in bars.Bars)
            {
                Ensure(16);
                DrawRuns(graphics, bar.Label, 8.5, bold: false, XBrushes.Black, Mirror(new XRect(Margin, y, labelWidth, 14)), XStringFormats.CenterLeft);
                graphics.DrawRectangle(XBrushes.WhiteSmoke, Mirror(new XRect(Margin + labelWidth, y + 2, barWidth, 10)));
                var fill = bar.Highlight ? new XSolidBrush(XColor.FromArgb(0, 85, 140)) : new XSolidBrush(XColor.FromArgb(164, 0, 29));
                graphics.DrawRectangle(fill, Mirror(new XRect(Margin + labelWidth, y + 2, Math.Max(0, Math.Min(1, bar.Fraction)) * barWidth, 10)));
                DrawRuns(graphics, bar.Value, 8.5, bold: false, XBrushes.Black, Mirror(new XRect(Margin + labelWidth + barWidth + 6, y, 114, 14)), XStringFormats.CenterLeft);
                y += 16;
            }

            Space(6);
        }

        private void Text(string text, double size, bool bold, double indent)
        {
            y = Lines(text, size, bold, Margin + indent, width - indent);
        }

        /// <summary>Draws wrapped text from the current y; returns the y below it.</summary>
        private double Lines(string text, double size, bool bold, double x, double maxWidth, double? lineHeight = null, double startOffset = 0)
        {
            var step = lineHeight ?? size * 1.35;
            y += startOffset;
            foreach (var paragraph in text.Replace("\r", string.Empty, StringComparison.Ordinal).Replace("\t", "   ", StringComparison.Ordinal).Split('\n'))
            {
                var direction = ParagraphDirection(paragraph);
                foreach (var line in Wrap(paragraph, size, bold, maxWidth))
                {
                    Ensure(step);
                    DrawRuns(graphics, line, size, bold, XBrushes.Black, Mirror(new XRect(x, y, maxWidth, step)), XStringFormats.TopLeft, direction);
                    y += step;
                }
            }

            return y;
        }

        private List<string> Wrap(string text, double size, bool bold, double maxWidth)
        {
            var lines = new List<string>();
            var current = string.Empty;
            foreach (var token in Tokens(text).SelectMany(t => Fitting(t, size, bold, maxWidth)))
            {
                var candidate = current + token;
                if (current.Length > 0 && Measure(candidate, size, bold) > maxWidth)
                {
                    lines.Add(current.TrimEnd());
                    current = token.TrimStart();
                }
                else
                {
                    current = candidate;
                }
            }

            lines.Add(current.TrimEnd());
            return lines;
        }

        /// <summary>A word wider than the line (a SHA-256 digest, a long address) in pieces that fit, so it never runs off the page.</summary>
        private IEnumerable<string> Fitting(string token, double size, bool bold, double maxWidth)
        {
            if (token.Length < 2 || Measure(token, size, bold) <= maxWidth)
            {
                yield return token;
                yield break;
            }

            var start = 0;
            for (var end = 1; end <= token.Length; end++)
            {
                if (end == token.Length || Measure(token[start..(end + 1)], size, bold) > maxWidth)
                {
                    yield return token[start..end];
                    start = end;
                }
            }
        }

        /// <summary>Words with their trailing space for Latin scripts; single characters for Chinese, which breaks anywhere.</summary>
        private static IEnumerable<string> Tokens(string text)
        {
            var word = new System.Text.StringBuilder();
            foreach (var c in text)
            {
                if (Scripts.IsCjk(c))
                {
                    if (word.Length > 0)
                    {
                        yield return word.ToString();
                        word.Clear();
                    }

                    yield return c.ToString();
                    continue;
                }

                word.Append(c);
                if (c == ' ')
                {
                    yield return word.ToString();
                    word.Clear();
                }
            }

            if (word.Length > 0)
            {
                yield return word.ToString();
            }
        }

        /// <summary>In a right-to-left document, the box at the same distance from the right margin as this one is from the left.</summary>
        private XRect Mirror(XRect box) =>
            rightToLeft && pages.Count > 0 ? new XRect((2 * Margin) + width - box.X - box.Width, box.Y, box.Width, box.Height) : box;

        /// <summary>
        /// The direction in which a paragraph's pieces are ordered: in an Arabic document, right to left when it holds
        /// Arabic ("X.1500 – إطار…" reads from the right); otherwise its first letter's (an English note reads left to
        /// right), and left to right when it has none ("1 (1 + 0)", "100.0 %"). Where it stands on the line is the
        /// document's direction.
        /// </summary>
        private bool ParagraphDirection(string paragraph) =>
            (rightToLeft && paragraph.Any(c => Scripts.IsArabic(c) && char.IsLetter(c))) || (BidiLine.FirstStrongIsRightToLeft(paragraph) ?? false);

        /// <summary>A line's runs in visual order, each with the characters to draw (Arabic joined) and its width.</summary>
        private List<(BidiRun Run, string Drawn, double Width)> Pieces(string text, double size, bool bold, bool? paragraphRightToLeft = null) =>
            BidiLine.Visual(text, paragraphRightToLeft ?? ParagraphDirection(text))
                .Select(run =>
                {
                    var drawn = run.RightToLeft ? ArabicShaping.Shape(run.Text) : run.Text;
                    return (run, drawn, run.RightToLeft ? drawn.Sum(c => Advance(c, size, bold)) : ScriptRuns(drawn).Sum(part => Width(part, size, bold)));
                })
                .ToList();

        private double Measure(string text, double size, bool bold) => Pieces(text, size, bold).Sum(piece => piece.Width);

        /// <summary>
        /// Draws one line in the rectangle, from its left or, in a right-to-left document, from its right; every run on
        /// one baseline (the fonts have different ascents, so aligning each run by its top would lift the digits of a
        /// Chinese line). Runs are drawn in logical order and right-to-left runs letter by letter from their right edge.
        /// </summary>
        private void DrawRuns(XGraphics g, string text, double size, bool bold, XBrush brush, XRect rect, XStringFormat format, bool? paragraphRightToLeft = null)
        {
            var baseline = format == XStringFormats.TopLeft ? rect.Y + (size * 0.93)
                : format == XStringFormats.CenterLeft ? rect.Y + (rect.Height / 2) + (size * 0.35)
                : rect.Y;
            var ordering = paragraphRightToLeft ?? ParagraphDirection(text);
            var pieces = Pieces(text, size, bold, ordering);
            var x = rightToLeft ? rect.X + rect.Width - pieces.Sum(p => p.Width) : rect.X;
            var placed = new List<(BidiRun Run, string Drawn, double Width, double X)>();
            foreach (var (run, drawn, runWidth) in pieces)
            {
                placed.Add((run, drawn, runWidth, x));
                x += runWidth;
            }

            foreach (var (run, drawn, runWidth, left) in ordering ? Enumerable.Reverse(placed) : placed)
            {
                if (run.RightToLeft)
                {
                    var cursor = left + runWidth;
                    foreach (var c in drawn)
                    {
                        cursor -= Advance(c, size, bold);
                        g.DrawString(BidiLine.Mirrored(c).ToString(), Font(c, size, bold), brush, new XPoint(cursor, baseline));
                    }

                    continue;
                }

                var start = left;
                foreach (var part in ScriptRuns(drawn))
                {
                    g.DrawString(part, Font(part[0], size, bold), brush, new XPoint(start, baseline));
                    start += Width(part, size, bold);
                }
            }
        }

        /// <summary>Text in runs of one font: the Chinese font has no Latin letters or digits, the Latin one no Chinese or Arabic.</summary>
        private static IEnumerable<string> ScriptRuns(string text)
        {
            var start = 0;
            for (var i = 1; i <= text.Length; i++)
            {
                if (i == text.Length || Family(text[i]) != Family(text[start]))
                {
                    yield return text[start..i];
                    start = i;
                }
            }
        }

        private double Width(string run, double size, bool bold) =>
            run.Length == 1 ? Advance(run[0], size, bold) : graphics.MeasureString(run, Font(run[0], size, bold)).Width;

        private double Advance(char c, double size, bool bold)
        {
            if (!advances.TryGetValue((c, size, bold), out var advance))
            {
                advances[(c, size, bold)] = advance = graphics.MeasureString(c.ToString(), Font(c, size, bold)).Width;
            }

            return advance;
        }

        private static string Family(char c) =>
            Scripts.IsCjk(c) ? EmbeddedFontResolver.Cjk : Scripts.IsArabic(c) ? EmbeddedFontResolver.Arabic : EmbeddedFontResolver.Latin;

        /// <summary>One font object per family, size and weight for the whole document: Arabic is drawn letter by letter.</summary>
        private XFont Font(char first, double size, bool bold)
        {
            var family = Family(first);
            if (!fonts.TryGetValue((family, size, bold), out var font))
            {
                // PDFsharp's subsets drop the parts of composite glyphs, and the Arabic font builds its letters from a
                // skeleton and dots: it is embedded whole, so that no letter loses its dots.
                var embedding = family == EmbeddedFontResolver.Arabic ? PdfFontEmbedding.EmbedCompleteFontFile : PdfFontEmbedding.TryComputeSubset;
                fonts[(family, size, bold)] = font = new XFont(family, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular, new XPdfFontOptions(PdfFontEncoding.Unicode, embedding));
            }

            return font;
        }

        private void Ensure(double height)
        {
            if (y + height > bottom)
            {
                NewPage();
            }
        }

        private void Space(double points) => y += points;

        private void NewPage()
        {
            var page = document.AddPage();
            page.Size = PdfSharp.PageSize.A4;
            graphics = XGraphics.FromPdfPage(page);
            pages.Add((page, graphics));
            width = page.Width.Point - (2 * Margin);
            bottom = page.Height.Point - 50;
            y = Margin;
        }
    }
}
