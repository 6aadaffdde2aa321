namespace Consultations.Domain.Circulars;

/// <summary>A change made after publication, kept in order and shown to everyone.</summary>
public sealed class CircularAmendment
{
    private CircularAmendment()
    {
        Reason = string.Empty;
        Details = string.Empty;
        AmendedBy = string.Empty;
    }

    internal CircularAmendment(int sequence, AmendmentKind kind, string details, string reason, DateTime amendedAtUtc, string amendedBy)
    {
        Sequence = sequence;
        Kind = kind;
        Details = details;
        Reason = reason;
        AmendedAtUtc = amendedAtUtc;
        AmendedBy = amendedBy;
    }

    public int Id { get; private set; }

    public int Sequence { get; private set; }

    public AmendmentKind Kind { get; private set; }

    /// <summary>What changed, e.g. "Deadline 2026-05-20 -> 2026-05-27".</summary>
    public string Details { get; private set; }

    public string Reason { get; private set; }

    public DateTime AmendedAtUtc { get; private set; }

    public string AmendedBy { get; private set; }
}
