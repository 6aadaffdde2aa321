namespace Consultations.Infrastructure.Pdf;

/// <summary>
/// A printable document as a list of blocks; the engine behind <see cref="IPdfRenderer"/> lays them out. The language
/// (ISO 639-1) decides the direction: an Arabic document is laid out right to left.
/// </summary>
public sealed record PdfReport(string Title, string Footer, IReadOnlyList<PdfBlock> Blocks, string Language = "en")
{
    public bool RightToLeft => System.Globalization.CultureInfo.GetCultureInfo(Language).TextInfo.IsRightToLeft;
}

public abstract record PdfBlock;

public sealed record PdfHeading(string Text, int Level = 1) : PdfBlock;

/// <summary>Wrapped text; with <paramref name="KeepWithNext"/> it starts a new page rather than leave the next paragraph on another.</summary>
public sealed record PdfParagraph(string Text, bool Bold = false, double Size = 10, double Indent = 0, bool KeepWithNext = false) : PdfBlock;

/// <summary>Label and value pairs, aligned in two columns.</summary>
public sealed record PdfFacts(IReadOnlyList<KeyValuePair<string, string>> Rows) : PdfBlock;

/// <summary>A table with a header row; columns share the width by the given weights.</summary>
public sealed record PdfTable(IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows, IReadOnlyList<double> Weights) : PdfBlock;

/// <summary>Horizontal bars with their labels and values (a server-drawn chart).</summary>
public sealed record PdfBars(IReadOnlyList<PdfBar> Bars) : PdfBlock;

public sealed record PdfBar(string Label, double Fraction, string Value, bool Highlight);

public sealed record PdfRule : PdfBlock;

public interface IPdfRenderer
{
    byte[] Render(PdfReport report);
}
