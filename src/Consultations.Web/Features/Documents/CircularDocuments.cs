using Consultations.Domain.Circulars;
using Consultations.Infrastructure.Documents;
using Consultations.Infrastructure.Documents.Letters;
using Consultations.Infrastructure.Pdf;
using Consultations.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Consultations.Web.Features.Documents;

/// <summary>The documents ITU exchanges, written from the portal's data: the circular's letter, and Annex 2 for one administration.</summary>
public sealed class CircularDocuments(AppDbContext db, IPdfRenderer pdf)
{
    public const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /// <summary>The languages in which the letter can be written: those the circular holds and whose wording the portal has.</summary>
    public static IReadOnlyList<string> LetterLanguages(Circular circular) =>
        [.. LetterWording.Languages.Where(l => l == "en" || circular.Languages.Contains(l))];

    /// <summary>The language asked for when the letter can be written in it, English otherwise.</summary>
    public static string LetterLanguage(Circular circular, string? requested) =>
        requested is not null && LetterLanguages(circular).Contains(requested) ? requested : "en";

    public static string LetterName(Circular circular, string language, string extension) =>
        $"TSB-Circular-{circular.Number}-{circular.Year}-{language}.{extension}";

    public (byte[] Content, string ContentType) Letter(Circular circular, string language, bool asPdf)
    {
        var report = CircularLetter.Compose(circular, LetterWording.For(language) ?? LetterWording.For("en")!);
        return asPdf ? (pdf.Render(report), "application/pdf") : (WordDocument.Write(report), DocxType);
    }

    /// <summary>Annex 2 filled in with the administration's name and, when it has replied, its current opinions and signatory.</summary>
    public async Task<byte[]?> AnnexTwoAsync(Circular circular, string memberStateCode, string language, CancellationToken cancellationToken)
    {
        var state = await db.MemberStates.AsNoTracking().FirstOrDefaultAsync(m => m.Code == memberStateCode, cancellationToken);
        if (state is null)
        {
            return null;
        }

        var reply = await db.Replies.AsNoTracking().FirstOrDefaultAsync(r => r.CircularId == circular.Id && r.MemberStateCode == memberStateCode, cancellationToken);
        var latest = reply?.Latest;
        var content = new AnnexTwoContent(
            state.Name,
            latest?.Opinions.ToDictionary(o => o.DraftTextId, o => new AnnexTwoOpinion(o.Opinion, o.Comment)) ?? new Dictionary<int, AnnexTwoOpinion>(),
            latest?.Signatory.Name,
            latest?.Signatory.Title is { Length: > 0 } title ? title : null,
            latest?.Signatory.Place is { Length: > 0 } place ? place : null,
            latest?.Signatory.Date);
        var wording = LetterWording.For(language) ?? LetterWording.For("en")!;
        var blocks = AnnexTwoForm.Compose(circular, wording, content).ToList();
        return WordDocument.Write(new PdfReport(wording.CircularName(circular.Number), wording.CircularName(circular.Number), blocks));
    }

    public static string AnnexTwoName(Circular circular, string memberStateCode, string language) =>
        $"TSB-Circular-{circular.Number}-{circular.Year}-Annex-2-{memberStateCode}-{language}.docx";
}
