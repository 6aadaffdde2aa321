using System.Globalization;
using System.Text;
using Consultations.Domain.Replies;
using Consultations.Domain.Tally;
using Consultations.Infrastructure.Pdf;
using Consultations.Web.Settings;
using Consultations.Web.Features.Replies;
using Consultations.Web.Features.Shared;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.Extensions.Localization;
using Word = DocumentFormat.OpenXml.Wordprocessing;

namespace Consultations.Web.Features.Tally;

/// <summary>The tally and the replies as files: CSV (RFC 4180, UTF-8 with BOM), XLSX, PDF, and the comments compilation (DOCX, PDF).</summary>
public sealed class TallyExports(IPdfRenderer pdf, TallyWords words, ChannelWords channels, IStringLocalizer<SharedResource> localizer)
{
    public IReadOnlyList<string> TallyHeader() =>
    [
        localizer["Text"], localizer["Title"], localizer["Supporting, no comments"], localizer["Supporting, with comments"], localizer["Supporting"],
        localizer["Not supporting"], localizer["No opinion"], localizer["Not replied"], localizer["Late"], localizer["Observers"],
        localizer["Support"], localizer["Decision"], localizer["Status"],
    ];

    public IEnumerable<IReadOnlyList<string>> TallyRows(TallyView view) =>
        view.Tally.Texts.Select(t =>
        {
            var text = view.Circular.Texts.Single(x => x.Id == t.TextId);
            return (IReadOnlyList<string>)
            [
                text.DisplayNumber, text.LocalTitle(), Number(t.SupportingNoComments), Number(t.SupportingWithComments), Number(t.Supporting),
                Number(t.NotSupporting), Number(t.NoOpinion), Number(t.NotReplied), Number(t.Late), Number(t.ObserverReplies),
                t.SupportPercentage?.ToString("0.0", CultureInfo.InvariantCulture) ?? string.Empty, words.Decision(t), words.Status(view.Tally.Status),
            ];
        });

    public IReadOnlyList<string> RepliesHeader() =>
    [
        localizer["Member State"], localizer["Code"], localizer["Version"], localizer["Received (UTC)"], localizer["How it arrived"],
        localizer["Counts"], localizer["Text"], localizer["Opinion"], localizer["Comments or reasons"], localizer["Files"],
    ];

    public IEnumerable<IReadOnlyList<string>> ReplyRows(TallyView view, IReadOnlyList<Reply> replies) =>
        from reply in replies.OrderBy(r => view.StateName(r.MemberStateCode), StringComparer.CurrentCulture)
        let count = view.CountOf(reply)
        from version in reply.Versions
        from text in view.Circular.ActiveTexts
        let opinion = version.Opinions.FirstOrDefault(o => o.DraftTextId == text.Id)
        select (IReadOnlyList<string>)
        [
            view.StateName(reply.MemberStateCode), reply.MemberStateCode, Number(version.Number),
            version.ReceivedAtUtc.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture), channels.Label(version.Channel),
            count.StatusOf(version) == VersionStatus.Counts ? localizer["yes"] : localizer["no"], text.DisplayNumber, words.Opinion(opinion?.Opinion),
            opinion?.Comment ?? string.Empty, string.Join("; ", version.Attachments.Where(a => a.DraftTextId == text.Id).Select(a => a.FileName)),
        ];

    public byte[] TallyCsv(TallyView view) => Csv(TallyHeader(), TallyRows(view));

    public byte[] RepliesCsv(TallyView view, IReadOnlyList<Reply> replies) => Csv(RepliesHeader(), ReplyRows(view, replies));

    public byte[] Xlsx(TallyView view, IReadOnlyList<Reply> replies)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook(new Sheets());
            AddSheet(workbook, 1, localizer["Tally"], TallyHeader(), TallyRows(view));
            AddSheet(workbook, 2, localizer["Replies"], RepliesHeader(), ReplyRows(view, replies));
            workbook.Workbook.Save();
        }

        return stream.ToArray();
    }

    public byte[] TallyPdf(TallyView view, IReadOnlyList<NonResponder> nonResponders)
    {
        var c = view.Circular;
        var blocks = new List<PdfBlock>
        {
            new PdfHeading(localizer["Tally of TSB Circular {0}", c.Number]),
            new PdfFacts(
            [
                new(localizer["Date"], DateDisplay.Day(c.Date)),
                new(localizer["Study group"], c.StudyGroup.ToString(CultureInfo.CurrentCulture)),
                new(localizer["Meeting"], MeetingDisplay.Describe(c.Meeting, "?")),
                new(localizer["Reply deadline"], localizer["2359 hours UTC on {0}", DateDisplay.Day(c.DeadlineDate)]),
                new(localizer["Status"], words.Status(view.Tally.Status)),
                new(localizer["Computed at"], DateDisplay.Utc(view.Tally.ComputedAtUtc)),
                new(localizer["Member States eligible"], Number(view.Tally.EligibleMemberStates)),
                new(localizer["Replies counted"], Number(view.Tally.RepliesCounted)),
                new(localizer["Snapshot"], view.Snapshot is null ? localizer["none yet (provisional tally)"] : $"{DateDisplay.Utc(view.Snapshot.TakenAtUtc)} – SHA-256 {view.Snapshot.Digest}"),
            ]),
            new PdfTable(
                [localizer["Text"], localizer["Supporting"], localizer["Not supporting"], localizer["No opinion"], localizer["Not replied"], localizer["Support"], localizer["Decision"]],
                view.Tally.Texts.Select(t => (IReadOnlyList<string>)
                [
                    view.Circular.Texts.Single(x => x.Id == t.TextId).DisplayNumber,
                    $"{t.Supporting} ({t.SupportingNoComments} + {t.SupportingWithComments})",
                    Number(t.NotSupporting), Number(t.NoOpinion), Number(t.NotReplied), TallyView.Percent(t.SupportPercentage),
                    $"{words.Decision(t)}; {words.Margin(t.Margin)}",
                ]).ToList(),
                [1.3, 1.2, 0.9, 0.8, 0.8, 0.8, 2.6]),
            new PdfHeading(localizer["Share of support per text"], 2),
            new PdfBars(view.Tally.Texts.Select(t => new PdfBar(
                view.Circular.Texts.Single(x => x.Id == t.TextId).DisplayNumber,
                t.Counted == 0 ? 0 : (double)t.Supporting / t.Counted,
                $"{TallyView.Percent(t.SupportPercentage)} ({t.Supporting}/{t.Counted})",
                t.ConsiderationAuthorized)).ToList()),
            new PdfParagraph(localizer["Consideration is authorized when 70% or more of the counted replies support the text, or when there are no replies (Res. 1, 9.4.5-9.4.6)."], Size: 8.5),
            new PdfHeading(localizer["Member States that have not replied ({0})", nonResponders.Count], 2),
            new PdfParagraph(string.Join(", ", nonResponders.Select(n => n.Name)), Size: 8.5),
        };
        return pdf.Render(new PdfReport(localizer["Tally of TSB Circular {0}", c.Number], $"{localizer["ITU-T Consultations"]} – C{c.Number}", blocks, SupportedCultures.Current));
    }

    public IReadOnlyList<CompilationEntry> Compilation(TallyView view, IReadOnlyList<Reply> replies) =>
        (from reply in replies
         let count = view.CountOf(reply)
         let shown = count.Shown
         where shown is not null
         from opinion in shown.Opinions
         let files = shown.Attachments.Where(a => a.DraftTextId == opinion.DraftTextId).Select(a => a.FileName).ToList()
         where opinion.HasComment || files.Count > 0 || opinion.Opinion == Domain.Replies.Opinion.DoesNotAssignAuthority
         select new CompilationEntry(opinion.DraftTextId, view.StateName(reply.MemberStateCode), words.Opinion(opinion.Opinion), opinion.Comment, files,
            count.StatusOf(shown) != VersionStatus.Late, shown.NoReasonsGiven && opinion.Opinion == Domain.Replies.Opinion.DoesNotAssignAuthority && !opinion.HasComment))
        .OrderBy(e => e.StateName, StringComparer.CurrentCulture)
        .ToList();

    public byte[] CompilationDocx(TallyView view, IReadOnlyList<Reply> replies)
    {
        var entries = Compilation(view, replies);
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new Word.Body();
            body.Append(Paragraph(localizer["Comments and reasons received on TSB Circular {0}", view.Circular.Number], bold: true, size: 32));
            body.Append(Paragraph(localizer["Compiled by TSB for the meeting of Study Group {0} (Res. 1, 9.4.7).", view.Circular.StudyGroup], bold: false, size: 20));
            foreach (var text in view.Circular.ActiveTexts)
            {
                body.Append(Paragraph($"{text.DisplayNumber} – {text.LocalTitle()}", bold: true, size: 26));
                var forText = entries.Where(e => e.TextId == text.Id).ToList();
                if (forText.Count == 0)
                {
                    body.Append(Paragraph(localizer["No comment or reason was received."], bold: false, size: 20));
                }

                foreach (var entry in forText)
                {
                    body.Append(Paragraph($"{entry.StateName} – {entry.Opinion}{(entry.OnTime ? string.Empty : " " + localizer["(late)"])}", bold: true, size: 20));
                    foreach (var line in (entry.Comment ?? (entry.NoReasonsGiven ? localizer["No reasons given."].Value : string.Empty)).Split('\n'))
                    {
                        body.Append(Paragraph(line, bold: false, size: 20));
                    }

                    if (entry.Files.Count > 0)
                    {
                        body.Append(Paragraph(localizer["Attached: {0}", string.Join(", ", entry.Files)], bold: false, size: 18));
                    }
                }
            }

            main.Document = new Word.Document(body);
            main.Document.Save();
        }

        return stream.ToArray();
    }

    public byte[] CompilationPdf(TallyView view, IReadOnlyList<Reply> replies)
    {
        var entries = Compilation(view, replies);
        var blocks = new List<PdfBlock>
        {
            new PdfHeading(localizer["Comments and reasons received on TSB Circular {0}", view.Circular.Number]),
            new PdfParagraph(localizer["Compiled by TSB for the meeting of Study Group {0} (Res. 1, 9.4.7).", view.Circular.StudyGroup]),
        };
        foreach (var text in view.Circular.ActiveTexts)
        {
            blocks.Add(new PdfHeading($"{text.DisplayNumber} – {text.LocalTitle()}", 2));
            var forText = entries.Where(e => e.TextId == text.Id).ToList();
            if (forText.Count == 0)
            {
                blocks.Add(new PdfParagraph(localizer["No comment or reason was received."]));
            }

            foreach (var entry in forText)
            {
                blocks.Add(new PdfParagraph($"{entry.StateName} – {entry.Opinion}{(entry.OnTime ? string.Empty : " " + localizer["(late)"])}", Bold: true));
                blocks.Add(new PdfParagraph(entry.Comment ?? (entry.NoReasonsGiven ? localizer["No reasons given."] : string.Empty), Indent: 12));
                if (entry.Files.Count > 0)
                {
                    blocks.Add(new PdfParagraph(localizer["Attached: {0}", string.Join(", ", entry.Files)], Indent: 12, Size: 8.5));
                }
            }
        }

        return pdf.Render(new PdfReport(localizer["Comments and reasons received on TSB Circular {0}", view.Circular.Number], $"{localizer["ITU-T Consultations"]} – C{view.Circular.Number}", blocks, SupportedCultures.Current));
    }

    private static byte[] Csv(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows) => Rfc4180.Write(rows.Prepend(header));

    private static void AddSheet(WorkbookPart workbook, uint id, string name, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        var part = workbook.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        foreach (var row in rows.Prepend(header))
        {
            var excelRow = new Row();
            foreach (var field in row)
            {
                var isNumber = decimal.TryParse(field, NumberStyles.Number, CultureInfo.InvariantCulture, out _) && field.Length < 12;
                excelRow.Append(isNumber
                    ? new Cell { DataType = CellValues.Number, CellValue = new CellValue(field) }
                    : new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(Rfc4180.Neutralized(XmlText.Clean(field))) { Space = SpaceProcessingModeValues.Preserve }) });
            }

            data.Append(excelRow);
        }

        part.Worksheet = new Worksheet(data);
        workbook.Workbook.Sheets!.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = id, Name = name.Length > 31 ? name[..31] : name });
    }

    private static Word.Paragraph Paragraph(string text, bool bold, int size)
    {
        var properties = new Word.RunProperties(new Word.FontSize { Val = size.ToString(CultureInfo.InvariantCulture) });
        if (bold)
        {
            properties.Append(new Word.Bold());
        }

        return new Word.Paragraph(new Word.Run(properties, new Word.Text(XmlText.Clean(text)) { Space = SpaceProcessingModeValues.Preserve }));
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}

public sealed record CompilationEntry(int TextId, string StateName, string Opinion, string? Comment, IReadOnlyList<string> Files, bool OnTime, bool NoReasonsGiven);
