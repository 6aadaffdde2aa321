using System.IO.Compression;
using System.Text;
using Consultations.Infrastructure.Documents;

namespace Consultations.Infrastructure.Replies;

/// <summary>The file types a reply may carry (PDF, DOCX, DOC, TXT, ODT), recognised by their content.</summary>
public static class FileTypes
{
    public sealed record FileType(string Extension, string ContentType);

    public static readonly FileType Pdf = new(".pdf", "application/pdf");
    public static readonly FileType Docx = new(".docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    public static readonly FileType Doc = new(".doc", "application/msword");
    public static readonly FileType Odt = new(".odt", "application/vnd.oasis.opendocument.text");
    public static readonly FileType Txt = new(".txt", "text/plain; charset=utf-8");

    public static FileType? Detect(byte[] bytes)
    {
        if (StartsWith(bytes, "%PDF-"u8))
        {
            return Pdf;
        }

        if (StartsWith(bytes, [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]))
        {
            return Doc;
        }

        if (StartsWith(bytes, [0x50, 0x4B, 0x03, 0x04]))
        {
            return Package(bytes);
        }

        return IsPlainText(bytes) ? Txt : null;
    }

    private static FileType? Package(byte[] bytes)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
            if (ArchiveLimits.DeclaresTooMuch(zip))
            {
                return null;
            }

            if (zip.GetEntry("mimetype") is { } mimetype)
            {
                // The type name is 39 characters; never more than a prefix of the entry is inflated.
                return ArchiveLimits.ReadPrefix(mimetype, 128).Trim() == "application/vnd.oasis.opendocument.text" ? Odt : null;
            }

            return zip.GetEntry("[Content_Types].xml") is not null && zip.GetEntry("word/document.xml") is not null ? Docx : null;
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    /// <summary>UTF-8 text without control characters other than tab and line breaks.</summary>
    private static bool IsPlainText(byte[] bytes)
    {
        if (bytes.Length == 0)
        {
            return false;
        }

        try
        {
            var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
            return text.All(c => !char.IsControl(c) || c is '\n' or '\r' or '\t' || c == '\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    private static bool StartsWith(byte[] bytes, ReadOnlySpan<byte> prefix) => bytes.AsSpan().StartsWith(prefix);
}
