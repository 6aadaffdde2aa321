using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Consultations.Testing;

/// <summary>The sample circulars shipped with the demo data, as text and as .docx built with the OpenXml SDK.</summary>
public static class SampleDocuments
{
    public static string Read(string name) =>
        File.ReadAllText(Path.Combine(Repository.Root(), "src", "Consultations.Web", "Demo", "Circulars", name));

    public static byte[] Docx(string text)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new Body();
            foreach (var line in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
            {
                var run = new Run();
                var parts = line.Split('\t');
                for (var i = 0; i < parts.Length; i++)
                {
                    if (i > 0)
                    {
                        run.Append(new TabChar());
                    }

                    run.Append(new Text(parts[i]) { Space = SpaceProcessingModeValues.Preserve });
                }

                body.Append(new Paragraph(run));
            }

            main.Document = new Document(body);
            main.Document.Save();
        }

        return stream.ToArray();
    }
}
