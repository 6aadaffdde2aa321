using Consultations.Domain.Common;

namespace Consultations.Domain.Circulars;

/// <summary>A determined draft text of Annex 1: a new or revised Recommendation, or an amendment.</summary>
public sealed class DraftText
{
    private readonly List<TextTranslation> translations = [];

    private DraftText()
    {
        Recommendation = string.Empty;
        Title = string.Empty;
    }

    internal DraftText(int id, DraftTextDetails details, int position)
    {
        Id = id;
        Position = position;
        Recommendation = string.Empty;
        Title = string.Empty;
        Apply(details);
    }

    /// <summary>Numbered within its circular (1, 2, ...), never reused once published, so opinions can refer to it.</summary>
    public int Id { get; private set; }

    public int Position { get; internal set; }

    public DraftTextKind Kind { get; private set; }

    /// <summary>The Recommendation number, e.g. "X.1280".</summary>
    public string Recommendation { get; private set; }

    public int? AmendmentNumber { get; private set; }

    /// <summary>The former provisional name, e.g. "X.oob-sa".</summary>
    public string? ProvisionalName { get; private set; }

    public string Title { get; private set; }

    public string? Summary { get; private set; }

    /// <summary>The study-group document, e.g. "SG17-R25".</summary>
    public string? DocumentRef { get; private set; }

    public bool IsWithdrawn { get; private set; }

    public PlenaryOutcome? Outcome { get; private set; }

    public IReadOnlyList<TextTranslation> Translations => translations;

    /// <summary>"Amendment 1 to X.1352", "X.1280".</summary>
    public string DisplayNumber => Kind == DraftTextKind.Amendment && AmendmentNumber is not null
        ? $"Amendment {AmendmentNumber} to {Recommendation}"
        : Recommendation;

    public string TitleIn(string language) =>
        translations.FirstOrDefault(t => t.Language == language)?.Title ?? Title;

    public string? SummaryIn(string language) =>
        translations.FirstOrDefault(t => t.Language == language)?.Summary ?? Summary;

    internal void Apply(DraftTextDetails details)
    {
        details.Validate();
        Kind = details.Kind;
        Recommendation = details.Recommendation.Trim();
        AmendmentNumber = details.Kind == DraftTextKind.Amendment ? details.AmendmentNumber : null;
        ProvisionalName = Blank(details.ProvisionalName);
        Title = details.Title.Trim();
        Summary = Blank(details.Summary);
        DocumentRef = Blank(details.DocumentRef);
    }

    internal void Correct(string title, string? summary)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            throw new DomainException("DraftText.TitleRequired", "A draft text needs a title.");
        }

        Title = title.Trim();
        Summary = Blank(summary);
    }

    internal void SetTranslation(TextTranslation translation)
    {
        translations.RemoveAll(t => t.Language == translation.Language);
        translations.Add(translation);
    }

    internal void Withdraw() => IsWithdrawn = true;

    internal void SetOutcome(PlenaryOutcome outcome) => Outcome = outcome;

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
