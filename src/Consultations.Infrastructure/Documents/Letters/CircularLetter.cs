using Consultations.Domain.Circulars;
using Consultations.Infrastructure.Pdf;

namespace Consultations.Infrastructure.Documents.Letters;

/// <summary>
/// A TSB Circular under the TAP written from the portal's data, laid out like TSB's own: header block, addressees,
/// subject, numbered paragraphs with the deadline sentence, notes, Annex 1 with each text, Annex 2's form. One model
/// of blocks, written as .docx by <see cref="WordDocument"/> and as PDF by <see cref="IPdfRenderer"/>.
/// </summary>
public static class CircularLetter
{
    public static PdfReport Compose(Circular circular, LetterWording wording)
    {
        var texts = circular.ActiveTexts.ToList();
        var language = wording.Language;
        var blocks = new List<PdfBlock>
        {
            new PdfParagraph(wording.Union, Bold: true),
            new PdfParagraph(wording.Bureau, Bold: true),
            new PdfParagraph(wording.DateLine(circular.Date)),
            new PdfFacts(
            [
                new(wording.ReferenceLabel, $"{wording.CircularName(circular.Number)}\n{circular.Reference}"),
                new(wording.ToLabel, Listed(circular.Addressees, wording)),
                .. Split(circular.CopyTo).Count == 0 ? Array.Empty<KeyValuePair<string, string>>() : [new(wording.CopyToLabel, Listed(circular.CopyTo, wording))],
                new(wording.SubjectLabel, wording.Subject(circular, texts)),
            ]),
            new PdfParagraph(wording.Salutation),
        };

        var paragraphs = wording.Paragraphs(circular);
        for (var i = 0; i < paragraphs.Count; i++)
        {
            blocks.Add(new PdfParagraph($"{i + 1}\t{paragraphs[i]}"));
            if (i == 1)
            {
                blocks.AddRange(LetterNotes(circular, texts, wording).Select(note => new PdfParagraph(note)));
            }
        }

        blocks.Add(new PdfParagraph(wording.Closing));
        blocks.Add(new PdfParagraph(wording.Director));
        blocks.Add(new PdfHeading(wording.AnnexHeading(1)));
        blocks.Add(new PdfParagraph(wording.AnnexOneTitle(circular, texts), Bold: true));
        foreach (var text in texts)
        {
            blocks.Add(new PdfHeading(wording.TextHeading(text), Level: 2));
            blocks.Add(new PdfParagraph(text.TitleIn(language), Bold: true));
            if (text.SummaryIn(language) is { } summary)
            {
                blocks.Add(new PdfParagraph(wording.SummaryLabel, Bold: true));
                blocks.AddRange(summary.Split('\n').Select(line => new PdfParagraph(line)));
            }

            if (wording.TextNotesInAnnex)
            {
                blocks.AddRange(NoteLines(circular, text).Select(note => new PdfParagraph(wording.TextNote(note))));
            }
        }

        blocks.AddRange(AnnexTwoForm.Compose(circular, wording, AnnexTwoForm.Blank));
        return new PdfReport(wording.CircularName(circular.Number), wording.CircularName(circular.Number), blocks);
    }

    /// <summary>The letter's notes: those of the whole circular, then (where the wording prints them there) those of one text.</summary>
    private static IEnumerable<string> LetterNotes(Circular circular, IReadOnlyList<DraftText> texts, LetterWording wording)
    {
        var notes = circular.Notes.Where(n => n.Recommendation is null).Select(n => n.Text).ToList();
        if (!wording.TextNotesInAnnex)
        {
            notes.AddRange(texts.SelectMany(t => NoteLines(circular, t).Select(note => $"{t.Recommendation}: {note}")));
        }

        return notes.Select((note, i) => wording.Note(i + 1, note));
    }

    private static IEnumerable<string> NoteLines(Circular circular, DraftText text) =>
        circular.Notes.Where(n => n.Recommendation == text.Recommendation).SelectMany(n => n.Text.Split('\n'));

    private static string Listed(string recipients, LetterWording wording)
    {
        var lines = Split(recipients);
        return string.Join('\n', lines.Select((line, i) => $"- {wording.Recipient(line)}{(i < lines.Count - 1 ? ";" : string.Empty)}"));
    }

    private static List<string> Split(string recipients) =>
        [.. recipients.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
}
