using PdfSharp.Fonts;

namespace Consultations.Infrastructure.Pdf;

/// <summary>
/// Serves the fonts shipped with the portal, so a fresh machine renders the same PDFs: DejaVu Sans for Latin,
/// Cyrillic and Greek; Droid Sans Fallback for Chinese (PDFsharp cannot read font collections such as Noto CJK);
/// Noto Naskh Arabic for Arabic, whose presentation forms it encodes (see <see cref="ArabicShaping"/>).
/// </summary>
public sealed class EmbeddedFontResolver : IFontResolver
{
    public const string Latin = "DejaVu Sans";
    public const string Cjk = "Droid Sans Fallback";
    public const string Arabic = "Noto Naskh Arabic";

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) => familyName switch
    {
        Latin => new FontResolverInfo(bold ? "DejaVuSans-Bold" : "DejaVuSans"),
        Cjk => new FontResolverInfo("DroidSansFallbackFull", mustSimulateBold: bold, mustSimulateItalic: false),
        Arabic => new FontResolverInfo(bold ? "NotoNaskhArabic-Bold" : "NotoNaskhArabic-Regular"),
        _ => null,
    };

    public byte[]? GetFont(string faceName)
    {
        using var stream = typeof(EmbeddedFontResolver).Assembly.GetManifestResourceStream($"Fonts.{faceName}.ttf");
        if (stream is null)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
