using System.Globalization;
using Consultations.Domain.Circulars;
using Consultations.Domain.Common;
using Consultations.Domain.Import;
using Consultations.Infrastructure.Auditing;
using Consultations.Infrastructure.Documents;
using Consultations.Infrastructure.Persistence;
using Consultations.Web.Features.CircularEditor;
using Consultations.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace Consultations.Web.Features.CircularImport;

/// <summary>Turns a circular's document into a draft circular, or into another language of an existing one.</summary>
public sealed class CircularImporter(AppDbContext db, AuditLog audit, UnitOfWork unitOfWork)
{
    public const long MaxFileBytes = 10 * 1024 * 1024;

    /// <summary>The document's text; throws <see cref="InvalidDataException"/> with a message for the user when it cannot be read.</summary>
    public static async Task<string> ReadAsync(ImportUploadForm upload)
    {
        if (upload.File is { Length: > 0 } file)
        {
            if (file.Length > MaxFileBytes)
            {
                throw new InvalidDataException("The file is larger than 10 MB.");
            }

            await using var stream = new MemoryStream();
            await file.CopyToAsync(stream);
            stream.Position = 0;
            return CircularFile.TextOf(stream, file.FileName);
        }

        if (!string.IsNullOrWhiteSpace(upload.PastedText))
        {
            return upload.PastedText;
        }

        throw new InvalidDataException("Choose a file or paste the circular's text.");
    }

    public Task<Circular?> FindByNumberAsync(int number, int year) =>
        db.Circulars.FirstOrDefaultAsync(c => c.Number == number && c.Year == year);

    /// <summary>The texts the parsed note of that kind excepts, as the editor's field shows them.</summary>
    private static string? ExceptionsOf(ParsedCircular parsed, NoteKind kind)
    {
        var index = parsed.Notes.ToList().FindIndex(n => n.Kind == kind);
        return index >= 0 && index < parsed.NoteExceptions.Count && parsed.NoteExceptions[index].Count > 0
            ? string.Join(", ", parsed.NoteExceptions[index])
            : null;
    }

    /// <summary>The form to correct before saving; the warnings in the reader's language, or in English without <paramref name="words"/>.</summary>
    public static ImportPreviewForm ToPreview(ParsedCircular parsed, string? source, ImportWarningWords? words = null) => new()
    {
        Source = source,
        Warnings = words?.Say(parsed.Warnings) ?? [.. parsed.Warnings.Select(w => w.Text)],
        Circular = new CircularForm
        {
            Number = parsed.Number,
            Date = parsed.Date,
            Reference = parsed.Reference ?? string.Empty,
            StudyGroup = parsed.StudyGroup,
            Addressees = parsed.Addressees ?? "Administrations of Member States of the Union",
            CopyTo = parsed.CopyTo.Count == 0 ? null : string.Join("; ", parsed.CopyTo),
            MeetingPlace = parsed.Meeting.Place ?? string.Empty,
            MeetingFirstDay = parsed.Meeting.Start,
            MeetingLastDay = parsed.Meeting.End,
            DeadlineDate = parsed.Deadline,
            A5Note = parsed.Notes.FirstOrDefault(n => n.Kind == NoteKind.A5Justification)?.Text,
            A5Except = ExceptionsOf(parsed, NoteKind.A5Justification),
            IprNote = parsed.Notes.FirstOrDefault(n => n.Kind == NoteKind.Ipr)?.Text,
            IprExcept = ExceptionsOf(parsed, NoteKind.Ipr),
        },
        Texts = parsed.Texts.Select(t => new TextForm
        {
            Kind = t.Kind,
            Recommendation = t.Recommendation,
            AmendmentNumber = t.AmendmentNumber,
            ProvisionalName = t.ProvisionalName,
            Title = t.Title,
            Summary = t.Summary,
            DocumentRef = t.DocumentRef,
            Note = t.Notes.Count == 0 ? null : string.Join('\n', t.Notes),
        }).ToList(),
    };

    /// <summary>Saves the corrected preview as one draft circular with its texts, or nothing.</summary>
    public async Task<Circular> SaveAsync(ImportPreviewForm form)
    {
        if (await FindByNumberAsync(form.Circular.Number!.Value, form.Circular.Date!.Value.Year) is not null)
        {
            throw new DomainException(
                "Import.Duplicate",
                "TSB Circular {0} of {1} exists already. To add a language, import the document from that circular's page.",
                form.Circular.Number.Value,
                form.Circular.Date.Value.Year);
        }

        return await unitOfWork.InTransactionAsync(async () =>
        {
            var circular = Build(form);
            db.Circulars.Add(circular);
            await db.SaveChangesAsync();
            audit.Record("Circular.Imported", "Circular", circular.Id.ToString(CultureInfo.InvariantCulture), $"TSB Circular {circular.Number} from {form.Source}; {form.Texts.Count} texts");
            return circular;
        });
    }

    /// <summary>The draft circular a checked preview describes, with its texts and their notes.</summary>
    public static Circular Build(ImportPreviewForm form)
    {
        var circular = new Circular(form.Circular.ToDetails([], ["en"]));
        foreach (var textForm in form.Texts)
        {
            var text = circular.AddText(textForm.ToDetails());
            circular.SetTextNote(text, textForm.Note);
        }

        return circular;
    }

    /// <summary>
    /// Sets the titles and summaries of another language on the texts they match, by Recommendation number, and the
    /// notes of the circular (A.5, IPR) on the English notes of the same kind.
    /// </summary>
    public static void ApplyTranslation(Circular circular, ParsedCircular parsed)
    {
        foreach (var translated in parsed.Texts)
        {
            if (Match(circular, translated) is { } text)
            {
                circular.SetTranslation(text, new TextTranslation(parsed.Language, translated.Title, translated.Summary));
            }
        }

        foreach (var note in parsed.Notes.Where(n => n.Recommendation is null && n.Kind != NoteKind.Other))
        {
            if (circular.Notes.Any(n => n.Kind == note.Kind && n.Recommendation is null))
            {
                circular.SetNoteTranslation(new NoteTranslation(note.Kind, null, parsed.Language, note.Text));
            }
        }
    }

    public static TranslationPreview PreviewTranslation(Circular circular, ParsedCircular parsed, string sourceText)
    {
        var matches = new List<TranslationMatch>();
        var unmatched = new List<string>();
        foreach (var translated in parsed.Texts)
        {
            var text = Match(circular, translated);
            if (text is null)
            {
                unmatched.Add($"{translated.Recommendation} – {translated.Title}");
            }
            else
            {
                matches.Add(new TranslationMatch(text.DisplayNumber, text.Title, translated.Title));
            }
        }

        return new TranslationPreview(circular.Id, circular.Number, parsed.Language, matches, unmatched, parsed.Warnings, sourceText);
    }

    /// <summary>Adds the titles and summaries of another language to the texts they match, by Recommendation number.</summary>
    public async Task<TranslationPreview> AddTranslationAsync(Circular circular, ParsedCircular parsed, string sourceText)
    {
        var preview = PreviewTranslation(circular, parsed, sourceText);
        await unitOfWork.InTransactionAsync(circular, current =>
        {
            ApplyTranslation(current, parsed);
            audit.Record(
                "Circular.LanguageAdded",
                "Circular",
                circular.Id.ToString(CultureInfo.InvariantCulture),
                $"{parsed.Language}: {preview.Matches.Count} texts matched, {preview.Unmatched.Count} not matched");
            return Task.CompletedTask;
        });
        return preview;
    }

    private static DraftText? Match(Circular circular, ParsedText translated) =>
        circular.Texts.FirstOrDefault(t => t.Recommendation == translated.Recommendation && t.AmendmentNumber == translated.AmendmentNumber);
}
