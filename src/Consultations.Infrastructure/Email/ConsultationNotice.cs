namespace Consultations.Infrastructure.Email;

/// <summary>
/// A notice sent once per circular and deadline (a reminder at an offset before the deadline, the deadline-passed notice).
/// Its unique key keeps it to one even after a restart or with two instances of the portal.
/// </summary>
public sealed class ConsultationNotice
{
    public const string Reminder = "Reminder";
    public const string DeadlinePassed = "DeadlinePassed";

    public int Id { get; set; }

    public int CircularId { get; set; }

    /// <summary>The deadline the notice is about: an extended deadline gets its own reminders and its own deadline notice.</summary>
    public DateOnly DeadlineDate { get; set; }

    public string Kind { get; set; } = string.Empty;

    /// <summary>For a reminder, the days before the deadline; 0 otherwise.</summary>
    public int OffsetDays { get; set; }

    public DateTime SentAtUtc { get; set; }

    public int Recipients { get; set; }
}
