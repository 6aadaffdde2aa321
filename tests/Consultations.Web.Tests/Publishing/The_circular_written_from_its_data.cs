using Consultations.Domain.Circulars;
using Consultations.Domain.Import;
using Consultations.Infrastructure.Documents;
using Consultations.Infrastructure.Documents.Letters;
using Consultations.Infrastructure.Pdf;
using Consultations.Testing;
using Consultations.Web.Features.CircularImport;

namespace Consultations.Web.Tests.Publishing;

/// <summary>
/// The letter with its annexes, written from a circular's data as .docx, reads back to the same circular: every
/// field the reader gives, for each sample, in English and in Chinese.
/// </summary>
public class The_circular_written_from_its_data
{
    [Theory]
    [InlineData("tsb-circular-104-2026-en.txt")]
    [InlineData("tsb-circular-142-2023-en.txt")]
    public void The_English_letter_imports_as_the_circular_it_was_written_from(string sample)
    {
        var imported = CircularParser.Parse(SampleDocuments.Read(sample));
        var circular = CircularImporter.Build(CircularImporter.ToPreview(imported, sample));

        var docx = WordDocument.Write(CircularLetter.Compose(circular, LetterWording.For("en")!));
        var reread = CircularParser.Parse(CircularFile.TextOf(new MemoryStream(docx), "letter.docx"));

        Assert.Equal(Fields(imported), Fields(reread));
        Assert.Equal(Notes(imported), Notes(reread));
        Assert.Empty(reread.Warnings);
    }

    [Fact]
    public void The_Chinese_letter_imports_as_the_Chinese_circular()
    {
        var chinese = CircularParser.Parse(SampleDocuments.Read("tsb-circular-104-2026-zh.txt"));
        var circular = CircularImporter.Build(CircularImporter.ToPreview(CircularParser.Parse(SampleDocuments.Read("tsb-circular-104-2026-en.txt")), "en"));
        CircularImporter.ApplyTranslation(circular, chinese);

        var docx = WordDocument.Write(CircularLetter.Compose(circular, LetterWording.For("zh")!));
        var reread = CircularParser.Parse(CircularFile.TextOf(new MemoryStream(docx), "letter.docx"));

        Assert.Equal("zh", reread.Language);
        Assert.Equal(Fields(chinese), Fields(reread));
        Assert.Empty(reread.Warnings);
    }

    [Fact]
    public void Texts_of_every_kind_with_their_notes_and_a_meeting_over_two_months_read_back()
    {
        var circular = new Circular(new CircularDetails(
            7,
            new DateOnly(2027, 1, 15),
            "SG13/AB",
            13,
            "Administrations of Member States of the Union",
            new Meeting("Geneva", new DateOnly(2027, 4, 28), new DateOnly(2027, 5, 7)),
            TapCalendar.ProposedDeadline(new DateOnly(2027, 4, 28))!.Value,
            [new CircularNote(NoteKind.Ipr, "As of the date of this Circular, no IPR statement had been received by TSB.")],
            ["en"],
            "ITU-T Sector Members; ITU Academia"));
        circular.AddText(new DraftTextDetails(DraftTextKind.New, "Y.3100", "A new text", "First line.\nSecond line.", "Y.ml-new", "SG13-R1"));
        var revised = circular.AddText(new DraftTextDetails(DraftTextKind.Revised, "Y.3001", "A revised text", null, null, "SG13-R2"));
        circular.AddText(new DraftTextDetails(DraftTextKind.Amendment, "Y.3002", "An amendment", "Its summary.", null, null, 2));
        circular.SetTextNote(revised, "No ITU-T A.5 justification document has been submitted for this text.");

        var expected = CircularParser.Parse(string.Join('\n', LinesOf(CircularLetter.Compose(circular, LetterWording.For("en")!))));
        var reread = CircularParser.Parse(CircularFile.TextOf(new MemoryStream(WordDocument.Write(CircularLetter.Compose(circular, LetterWording.For("en")!))), "letter.docx"));

        // The reader notices what this circular lacks (a summary, a document reference), and nothing else.
        Assert.All(reread.Warnings, warning => Assert.Matches("^No (summary|document reference)", warning.Text));
        Assert.Equal(Fields(expected), Fields(reread));
        Assert.Equal(new DateOnly(2027, 4, 28), reread.Meeting.Start);
        Assert.Equal(new DateOnly(2027, 5, 7), reread.Meeting.End);
        Assert.Equal(["ITU-T Sector Members", "ITU Academia"], reread.CopyTo);
        Assert.Equal(
            ["1|New|Y.3100||Y.ml-new|A new text|First line.\nSecond line.|SG13-R1|", "2|Revised|Y.3001|||A revised text||SG13-R2|No ITU-T A.5 justification document has been submitted for this text.", "3|Amendment|Y.3002|2||An amendment|Its summary.||"],
            reread.Texts.Select(t => $"{t.Position}|{t.Kind}|{t.Recommendation}|{t.AmendmentNumber}|{t.ProvisionalName}|{t.Title}|{t.Summary}|{t.DocumentRef}|{string.Join(";", t.Notes)}"));
    }

    [Fact]
    public void The_PDF_carries_the_same_letter()
    {
        var circular = CircularImporter.Build(CircularImporter.ToPreview(CircularParser.Parse(SampleDocuments.Read("tsb-circular-104-2026-en.txt")), "en"));

        var pdf = new PdfSharpRenderer().Render(CircularLetter.Compose(circular, LetterWording.For("en")!));
        var reread = CircularParser.Parse(CircularFile.TextOf(new MemoryStream(pdf), "letter.pdf"));

        Assert.Equal(104, reread.Number);
        Assert.Equal(new DateOnly(2026, 5, 20), reread.Deadline);
        Assert.Equal(11, reread.Texts.Count);
        Assert.Equal("Framework for out-of-band mutual authentication using mobile devices", reread.Texts[0].Title);
    }

    private static IEnumerable<string> LinesOf(PdfReport report) => report.Blocks.SelectMany(block => block switch
    {
        PdfParagraph p => p.Text.Split('\n'),
        PdfHeading h => [h.Text],
        PdfFacts f => f.Rows.SelectMany(r => new[] { r.Key }.Concat(r.Value.Split('\n'))),
        _ => [],
    });

    private static string Fields(ParsedCircular parsed) => string.Join('\n', new[]
        {
            $"{parsed.Number}|{parsed.Language}|{parsed.Date}|{parsed.Reference}|{parsed.StudyGroup}|{parsed.Addressees}|{string.Join(";", parsed.CopyTo)}",
            $"{parsed.Meeting}|{parsed.Deadline}",
        }
        .Concat(parsed.Texts.Select(t => $"{t.Position}|{t.Kind}|{t.Recommendation}|{t.AmendmentNumber}|{t.ProvisionalName}|{t.Title}|{t.Summary}|{t.DocumentRef}|{string.Join(";", t.Notes)}")));

    private static string Notes(ParsedCircular parsed) =>
        string.Join('\n', parsed.Notes.Select((n, i) => $"{n.Kind}:{n.Text}:{string.Join(",", i < parsed.NoteExceptions.Count ? parsed.NoteExceptions[i] : [])}"));
}
