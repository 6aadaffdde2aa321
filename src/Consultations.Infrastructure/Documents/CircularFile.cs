using System.Text;

namespace Consultations.Infrastructure.Documents;

/// <summary>The text of a circular's file as TSB uploads it: Word (.docx), PDF or plain text, one line per paragraph.</summary>
public static class CircularFile
{
    /// <summary>Reads a .txt, .docx or .pdf upload; throws <see cref="InvalidDataException"/> when it is none of them.</summary>
    public static string TextOf(Stream content, string fileName)
    {
        if (fileName.EndsWith(".docx", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                var package = content.CanSeek ? content : Buffered(content);
                ArchiveLimits.EnsureInflatesWithinLimit(package);
                return DocxText.Extract(package);
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
