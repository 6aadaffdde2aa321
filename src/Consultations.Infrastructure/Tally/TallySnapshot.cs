namespace Consultations.Infrastructure.Tally;

/// <summary>
/// A recorded final tally: written once per circular and deadline by the deadline task (sequence 1), then followed,
/// never changed, by a correction with a reason (sequence 2, 3…) when TSB records a reply received in time.
/// A reopened consultation gets its own after its new deadline. <see cref="Content"/> is a <see cref="FinalTallyRecord"/>.
/// </summary>
public sealed class TallySnapshot
{
    public int Id { get; set; }

    public int CircularId { get; set; }

    /// <summary>The deadline the tally was final for.</summary>
    public DateOnly DeadlineDate { get; set; }

    /// <summary>1 for the deadline task's record, then one more for each correction.</summary>
    public int Sequence { get; set; }

    /// <summary>The version of <see cref="Content"/>'s shape: 0 for records written before formats were versioned.</summary>
    public int FormatVersion { get; set; }

    public DateTime TakenAtUtc { get; set; }

    public string Reason { get; set; } = string.Empty;

    /// <summary>The record as JSON.</summary>
    public string Content { get; set; } = string.Empty;

    /// <summary>SHA-256 of <see cref="Content"/> in UTF-8, lower-case hex.</summary>
    public string Digest { get; set; } = string.Empty;
}
