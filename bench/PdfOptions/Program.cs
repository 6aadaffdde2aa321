using System.Diagnostics;
using System.Text;
using Consultations.Infrastructure.Documents;
using Consultations.Infrastructure.Pdf;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using SkiaSharp;
using SkiaSharp.HarfBuzz;
using UglyToad.PdfPig;

// The same Arabic receipt written three ways; each is timed (median of the renders after a warm-up), weighed and read
// back with PdfPig to see whether the administration's name and a title come out in the order they were written.
var rounds = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 50;
var output = Path.Combine("bench", "PdfOptions", "out");
Directory.CreateDirectory(output);

var options = new (string Name, string File, Func<byte[]> Render)[]
{
    ("PDFsharp alone: letters as typed, left to right", "pdfsharp-plain.pdf", PlainPdfSharp.Render),
    ("PDFsharp + presentation forms + line order (the portal's renderer)", "pdfsharp-shaped.pdf", () => new PdfSharpRenderer().Render(ArabicReceipt.Report())),
    ("SkiaSharp PDF + HarfBuzz shaping (SkiaSharp.HarfBuzz), same line order", "skia-harfbuzz.pdf", SkiaHarfBuzz.Render),
};

Console.WriteLine($"Arabic receipt, {rounds} renders each after 5 warm-up renders; PDFs in {output}");
Console.WriteLine();
Console.WriteLine("| option | median render | size | name and title read back in logical order |");
Console.WriteLine("|---|---|---|---|");
foreach (var (name, file, render) in options)
{
    for (var i = 0; i < 5; i++)
    {
        render();
    }

    var times = new List<double>();
    byte[] pdf = [];
    for (var i = 0; i < rounds; i++)
    {
        var watch = Stopwatch.StartNew();
        pdf = render();
        times.Add(watch.Elapsed.TotalMilliseconds);
    }

    File.WriteAllBytes(Path.Combine(output, file), pdf);
    times.Sort();
    Console.WriteLine($"| {name} | {times[times.Count / 2]:0.0} ms | {pdf.Length / 1024.0:0} KB | {ArabicReceipt.ReadsBack(pdf)} |");
}

/// <summary>The content of an Arabic receipt, as the portal's receipt builder lays it out.</summary>
internal static class ArabicReceipt
{
    public const string Administration = "إدارة مصر";
    public const string Title = "إطار للاستيقان المتبادل خارج النطاق باستخدام الأجهزة المتنقلة";

    private static readonly string[] Titles =
    [
        Title,
        "منصة التحكم في النفاذ القائمة على طريقة استيقان تستند إلى تكنولوجيا السجلات الموزعة",
        "المبادئ التوجيهية والمتطلبات التقنية لتحليل مخاطر أمن أصول شبكات IMT-2020/5G",
    ];

    public static PdfReport Report()
    {
        var blocks = new List<PdfBlock>
        {
            new PdfHeading("رد الدولة العضو على الرسالة المعممة \u2068104\u2069 لمكتب تقييس الاتصالات"),
            new PdfParagraph(Administration, Bold: true, Size: 12),
            new PdfFacts(
            [
                new("إلى", "مدير مكتب تقييس الاتصالات، الاتحاد الدولي للاتصالات، جنيف"),
                new("من", "أحمد علي، مدير التقييس"),
                new("مرجع الإيصال", "C104-2026-EGY-v1"),
                new("بصمة SHA-256", "7056b816dca2f84e82c9afbddd225d7c8c6297172e7ee517aa425aeac174df57"),
            ]),
            new PdfRule(),
        };
        for (var i = 0; i < Titles.Length; i++)
        {
            blocks.Add(new PdfParagraph($"مشروع توصية جديدة \u2068X.{1280 + i}\u2069", Bold: true, KeepWithNext: true));
            blocks.Add(new PdfParagraph(Titles[i], Indent: 12, KeepWithNext: true));
            blocks.Add(new PdfParagraph("← تخول لجنة الدراسات \u206817\u2069 لقطاع تقييس الاتصالات النظر في هذا النص بغرض الموافقة عليه", Indent: 12, Bold: true));
        }

        return new PdfReport("C104-2026-EGY-v1", "مشاورات قطاع تقييس الاتصالات – C104-2026-EGY-v1", blocks, "ar");
    }

    /// <summary>Every line of the report, for the writers that do not lay out blocks.</summary>
    public static IEnumerable<(string Text, double Size, bool Bold)> Lines() => Report().Blocks.SelectMany(block => block switch
    {
        PdfHeading h => [(h.Text, 15.0, true)],
        PdfParagraph p => [(p.Text, p.Size, p.Bold)],
        PdfFacts f => f.Rows.Select(r => ($"{r.Key}: {r.Value}", 9.5, false)),
        _ => Array.Empty<(string, double, bool)>(),
    });

    public static string ReadsBack(byte[] pdf)
    {
        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        var text = Compact(string.Concat(document.GetPages().Select(p => p.Text)).Normalize(NormalizationForm.FormKC));
        var name = text.Contains(Compact(Administration), StringComparison.Ordinal);
        var title = text.Contains(Compact(Title), StringComparison.Ordinal);
        return name && title ? "yes" : $"no (name {(name ? "found" : "not found")}, title {(title ? "found" : "not found")})";
    }

    private static string Compact(string text) => new([.. text.Where(c => !char.IsWhiteSpace(c) && !BidiLine.IsIsolateControl(c))]);
}

/// <summary>PDFsharp as the portal used it before: each run of one script in its font, left to right, letters unjoined.</summary>
internal static class PlainPdfSharp
{
    public static byte[] Render()
    {
        _ = new PdfSharpRenderer(); // installs the portal's font resolver
        using var document = new PdfSharp.Pdf.PdfDocument();
        var page = document.AddPage();
        using (var g = XGraphics.FromPdfPage(page))
        {
            var y = 50.0;
            foreach (var (text, size, bold) in ArabicReceipt.Lines())
            {
                var x = 50.0;
                foreach (var run in Runs(new string([.. text.Where(c => !BidiLine.IsIsolateControl(c))])))
                {
                    var font = new XFont(Scripts.IsArabic(run[0]) ? EmbeddedFontResolver.Arabic : EmbeddedFontResolver.Latin, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular, new XPdfFontOptions(PdfFontEncoding.Unicode));
                    g.DrawString(run, font, XBrushes.Black, new XPoint(x, y));
                    x += g.MeasureString(run, font).Width;
                }

                y += size * 1.6;
            }
        }

        using var stream = new MemoryStream();
        document.Save(stream, closeStream: false);
        return stream.ToArray();
    }

    private static IEnumerable<string> Runs(string text)
    {
        var start = 0;
        for (var i = 1; i <= text.Length; i++)
        {
            if (i == text.Length || Scripts.IsArabic(text[i]) != Scripts.IsArabic(text[start]))
            {
                yield return text[start..i];
                start = i;
            }
        }
    }
}

/// <summary>Skia's PDF backend with HarfBuzz shaping each run; the runs ordered and right-aligned as the portal does.</summary>
internal static class SkiaHarfBuzz
{
    private static readonly string Fonts = Path.Combine("src", "Consultations.Infrastructure", "Pdf", "Fonts");
    private static readonly SKTypeface Arabic = SKTypeface.FromFile(Path.Combine(Fonts, "NotoNaskhArabic-Regular.ttf"));
    private static readonly SKTypeface ArabicBold = SKTypeface.FromFile(Path.Combine(Fonts, "NotoNaskhArabic-Bold.ttf"));
    private static readonly SKTypeface Latin = SKTypeface.FromFile(Path.Combine(Fonts, "DejaVuSans.ttf"));
    private static readonly SKTypeface LatinBold = SKTypeface.FromFile(Path.Combine(Fonts, "DejaVuSans-Bold.ttf"));

    public static byte[] Render()
    {
        using var stream = new SKDynamicMemoryWStream();
        using (var document = SKDocument.CreatePdf(stream))
        {
            var canvas = document.BeginPage(595, 842);
            using var paint = new SKPaint { Color = SKColors.Black, IsAntialias = true };
            var y = 50f;
            foreach (var (text, size, bold) in ArabicReceipt.Lines())
            {
                var pieces = BidiLine.Visual(text, rightToLeftParagraph: true)
                    .Select(run =>
                    {
                        var typeface = run.RightToLeft ? (bold ? ArabicBold : Arabic) : (bold ? LatinBold : Latin);
                        var font = new SKFont(typeface, (float)size);
                        var shaper = new SKShaper(typeface);
                        return (run, font, shaper, Width: shaper.Shape(run.Text, font).Width);
                    })
                    .ToList();
                var x = 545f - pieces.Sum(p => p.Width);
                foreach (var (run, font, shaper, width) in pieces)
                {
                    canvas.DrawShapedText(shaper, run.Text, x, y, SKTextAlign.Left, font, paint);
                    x += width;
                    font.Dispose();
                    shaper.Dispose();
                }

                y += (float)size * 1.6f;
            }

            document.EndPage();
            document.Close();
        }

        return stream.DetachAsData().ToArray();
    }
}
