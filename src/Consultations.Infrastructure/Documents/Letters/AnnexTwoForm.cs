using System.Globalization;
using Consultations.Domain.Circulars;
using Consultations.Domain.Import;
using Consultations.Domain.Replies;
using Consultations.Infrastructure.Pdf;

namespace Consultations.Infrastructure.Documents.Letters;

/// <summary>What Annex 2 is filled in with: nothing (the circular's own form), or an administration's current reply.</summary>
public sealed record AnnexTwoContent(
    string? Administration,
    IReadOnlyDictionary<int, AnnexTwoOpinion> Opinions,
    string? SignatoryName = null,
    string? SignatoryTitle = null,
    string? Place = null,
    DateOnly? Date = null);

public sealed record AnnexTwoOpinion(Opinion Opinion, string? Comment);

/// <summary>
/// Annex 2, the reply form: per text the two boxes (and the two options under the first) as TSB's circulars print them,
/// ticked where a reply says so, with room for comments or reasons. <see cref="AnnexTwoReader"/> reads it back.
/// </summary>
public static class AnnexTwoForm
{
    public static readonly AnnexTwoContent Blank = new(null, new Dictionary<int, AnnexTwoOpinion>());

    public static IEnumerable<PdfBlock> Compose(Circular circular, LetterWording wording, AnnexTwoContent content)
    {
        var texts = circular.ActiveTexts.ToList();
        yield return new PdfHeading(wording.AnnexHeading(2));
        yield return new PdfParagraph(wording.AnnexTwoSubject(circular, texts), Bold: true);
        yield return new PdfFacts(
        [
            new(wording.FromLabel, $"{content.SignatoryName ?? wording.NamePlaceholder}\n{content.SignatoryTitle ?? wording.TitlePlaceholder}\n{wording.AdministrationOf(content.Administration)}"),
            new(wording.DateLabel, content.Date is { } date ? $"{content.Place ?? string.Empty}, {date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}".TrimStart(',', ' ') : wording.DatePlaceholder),
        ]);
        yield return new PdfParagraph(wording.Salutation);
        yield return new PdfParagraph(wording.AnnexTwoIntroduction(circular));
        foreach (var text in texts)
        {
            var opinion = content.Opinions.GetValueOrDefault(text.Id);
            yield return new PdfParagraph(wording.FormTextLabel(text), Bold: true);
            yield return new PdfParagraph($"{Box(opinion?.Opinion.AssignsAuthority() == true)}\t{wording.AssignsAuthority(circular.StudyGroup)}");
            yield return new PdfParagraph($"{Box(opinion?.Opinion == Opinion.AssignsAuthorityNoComments)}\t{wording.NoComments}", Indent: 24);
            yield return new PdfParagraph($"{Box(opinion?.Opinion == Opinion.AssignsAuthorityWithComments)}\t{wording.CommentsAttached}", Indent: 24);
            yield return new PdfParagraph($"{Box(opinion?.Opinion == Opinion.DoesNotAssignAuthority)}\t{wording.DoesNotAssignAuthority(circular.StudyGroup)}");
            yield return new PdfParagraph(wording.CommentsLabel, Size: 9);
            foreach (var line in (opinion?.Comment ?? string.Empty).Split('\n'))
            {
                yield return new PdfParagraph(line.TrimEnd('\r'), Indent: 24);
            }
        }

        yield return new PdfParagraph(wording.Closing);
        yield return new PdfParagraph(content.SignatoryName ?? wording.NamePlaceholder);
        yield return new PdfParagraph(content.SignatoryTitle ?? wording.TitlePlaceholder);
        yield return new PdfParagraph(wording.AdministrationOf(content.Administration));
    }

    private static string Box(bool ticked) => ticked ? AnnexTwoReader.Ticked : AnnexTwoReader.Empty;
}
