using Consultations.Domain.Circulars;
using Consultations.Web.Settings;

namespace Consultations.Web.Features.Shared;

/// <summary>A draft text's title and summary in the reader's language when the circular holds it, English otherwise; with the language to mark.</summary>
public static class TextInReadersLanguage
{
    private static string Reader => SupportedCultures.Current;

    public static string LocalTitle(this DraftText text) => text.TitleIn(Reader);

    public static string? LocalSummary(this DraftText text) => text.SummaryIn(Reader);

    /// <summary>For the <c>lang</c> attribute of the element that shows <see cref="LocalTitle"/>.</summary>
    public static string LocalLanguage(this DraftText text) => text.LanguageOf(Reader);
}
