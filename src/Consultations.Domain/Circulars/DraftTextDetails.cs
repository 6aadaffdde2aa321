using System.Text.RegularExpressions;
using Consultations.Domain.Common;

namespace Consultations.Domain.Circulars;

public sealed partial record DraftTextDetails(
    DraftTextKind Kind,
    string Recommendation,
    string Title,
    string? Summary = null,
    string? ProvisionalName = null,
    string? DocumentRef = null,
    int? AmendmentNumber = null)
{
    internal void Validate()
    {
        if (!RecommendationNumber().IsMatch(Recommendation?.Trim() ?? string.Empty))
        {
            throw new DomainException(
                "DraftText.InvalidRecommendation",
                "'{0}' is not a Recommendation number such as X.1280.",
                Recommendation ?? string.Empty);
        }

        if (string.IsNullOrWhiteSpace(Title))
        {
            throw new DomainException("DraftText.TitleRequired", "A draft text needs a title.");
        }

        if (Kind == DraftTextKind.Amendment && AmendmentNumber is not > 0)
        {
            throw new DomainException("DraftText.AmendmentNumberRequired", "An amendment needs its number (e.g. Amendment 1).");
        }
    }

    [GeneratedRegex(@"^[A-Z]\.\d+(\.\d+)*(/[A-Z]\.\d+)?$")]
    private static partial Regex RecommendationNumber();
}
