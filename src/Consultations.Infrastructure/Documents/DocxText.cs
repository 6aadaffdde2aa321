using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Consultations.Infrastructure.Documents;

/// <summary>The text of a .docx file, one line per paragraph, table cells in reading order.</summary>
public static class DocxText
{
    public static string Extract(Stream docx)
    {
        using var document = WordprocessingDocument.Open(docx, isEditable: false);
        var body = document.MainDocumentPart?.Document?.Body
            ?? throw new InvalidDataException("The document has no body.");
        var text = new StringBuilder();
        foreach (var paragraph in body.Descendants<Paragraph>())
        {
            foreach (var element in paragraph.Descendants())
            {
                switch (element)
                {
                    case Text t:
                        text.Append(t.Text);
                        break;
                    case TabChar:
                        text.Append('\t');
                        break;
                    case Break or CarriageReturn:
                        text.Append('\n');
                        break;
                }
            }

            text.Append('\n');
        }

        return text.ToString();
    }

    /// <summary>Reads a .txt, .docx or .pdf upload; throws <see cref="InvalidDataException"/> when it is none of them.</summary>
    public static string FromUpload(Stream content, string fileName)
    {
        if (fileName.EndsWith(".docx", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                var package = content.CanSeek ? content : Buffered(content);
                ArchiveLimits.EnsureInflatesWithinLimit(package);
                return Extract(package);
            }
            catch (Exception error) when (!ArchiveLimits.IsTooLarge(error))
            {
                throw new InvalidDataException("The file is not a readable Word (.docx) document.", error);
            }
        }

        if (fileName.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                return PdfText.Extract(content);
            }
            catch (Exception error)
            {
                throw new InvalidDataException("The file is not a readable PDF document.", error);
            }
        }

        if (fileName.EndsWith(".txt", StringComparison.OrdinalIgnoreCase))
        {
            using var reader = new StreamReader(content, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            return reader.ReadToEnd();
        }

        throw new InvalidDataException("Only .docx, .pdf and .txt files can be imported.");
    }

    private static MemoryStream Buffered(Stream content)
    {
        var buffer = new MemoryStream();
        content.CopyTo(buffer);
        buffer.Position = 0;
        return buffer;
    }
}
