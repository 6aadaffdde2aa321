namespace Consultations.Domain.Replies;

/// <summary>One Member State's opinion on one draft text, with its comment or reasons.</summary>
public sealed record TextOpinion(int DraftTextId, Opinion Opinion, string? Comment = null)
{
    public bool HasComment => !string.IsNullOrWhiteSpace(Comment);
}
