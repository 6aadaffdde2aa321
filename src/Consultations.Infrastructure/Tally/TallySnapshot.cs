namespace Consultations.Infrastructure.Tally;

/// <summary>The final tally as it stood at a moment after the deadline; never changed, only followed by a newer one with a reason.</summary>
public sealed class TallySnapshot
{
    public int Id { get; set; }

    public int CircularId { get; set; }

    public DateTime TakenAtUtc { get; set; }

    public string Reason { get; set; } = string.Empty;

    /// <summary>The tally as JSON.</summary>
    public string Content { get; set; } = string.Empty;

    /// <summary>SHA-256 of <see cref="Content"/>.</summary>
    public string Digest { get; set; } = string.Empty;
}
