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
                    case CheckBox box:
                        // Word's legacy check box has no text of its own: written as the glyph a person sees.
                        var isChecked = box.GetFirstChild<Checked>() is { } mark
                            ? mark.Val is null || mark.Val.Value
                            : box.GetFirstChild<DefaultCheckBoxFormFieldState>()?.Val?.Value ?? false;
                        text.Append(isChecked ? '☒' : '☐');
                        break;
                }
            }

            text.Append('\n');
        }

        return text.ToString();
    }
}
