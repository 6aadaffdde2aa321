using Consultations.Domain.Common;

namespace Consultations.Domain.Circulars;

/// <summary>Which part a Member State took in a meeting's decision.</summary>
public enum StatementRole
{
    /// <summary>A reservation noted with an approval (9.5).</summary>
    Reservation,

    /// <summary>A delegation that asked for more time to consider the text (9.5).</summary>
    RequestedMoreTime,

    /// <summary>A delegation that opposed the approval at the meeting.</summary>
    Opposed,
}

/// <summary>One Member State's part in a decision, with what it said.</summary>
public sealed record DecisionStatement(StatementRole Role, string MemberStateCode, string Text);

/// <summary>
/// One entry of the meeting's decisions on a text (9.5). Entries are appended, never changed: a later entry
/// replaces an earlier one as the decision that stands, with the reason, and both stay on record.
/// </summary>
public sealed class MeetingDecision
{
    private readonly List<DecisionStatement> statements = [];

    private MeetingDecision()
    {
        RecordedBy = string.Empty;
    }

    internal MeetingDecision(int sequence, OutcomeKind kind, IEnumerable<DecisionStatement> statements, DateOnly? oppositionPeriodEnd, string? reason, DateTime recordedAtUtc, string recordedBy)
    {
        Sequence = sequence;
        Kind = kind;
        this.statements.AddRange(statements);
        OppositionPeriodEnd = oppositionPeriodEnd;
        Reason = reason;
        RecordedAtUtc = recordedAtUtc;
        RecordedBy = recordedBy;
    }

    public int Sequence { get; private set; }

    public OutcomeKind Kind { get; private set; }

    public IReadOnlyList<DecisionStatement> Statements => statements;

    public IEnumerable<DecisionStatement> Reservations => statements.Where(s => s.Role == StatementRole.Reservation);

    public IEnumerable<DecisionStatement> MoreTimeRequestedBy => statements.Where(s => s.Role == StatementRole.RequestedMoreTime);

    public IEnumerable<DecisionStatement> OpposedBy => statements.Where(s => s.Role == StatementRole.Opposed);

    /// <summary>For more time requested: the last day of the four weeks after the meeting in which a Member State may formally oppose (9.5).</summary>
    public DateOnly? OppositionPeriodEnd { get; private set; }

    /// <summary>Why this entry replaced the one before it; null for the first.</summary>
    public string? Reason { get; private set; }

    public DateTime RecordedAtUtc { get; private set; }

    public string RecordedBy { get; private set; }

    /// <summary>The part the Member States named in a decision of this kind took; none for a plain approval.</summary>
    public static StatementRole? RoleFor(OutcomeKind kind) => kind switch
    {
        OutcomeKind.ApprovedWithReservations => StatementRole.Reservation,
        OutcomeKind.MoreTimeRequested => StatementRole.RequestedMoreTime,
        OutcomeKind.NotApproved => StatementRole.Opposed,
        _ => null,
    };

    /// <summary>The statements a decision of this kind needs, and only those: checked before the entry is made.</summary>
    internal static void CheckStatements(OutcomeKind kind, IReadOnlyCollection<DecisionStatement> statements)
    {
        var allowed = RoleFor(kind);
        if (statements.Any(s => s.Role != allowed))
        {
            throw new DomainException("Decision.StatementNotExpected", "A decision of this kind does not take statements of Member States of that kind.");
        }

        if (allowed is not null && statements.Count == 0)
        {
            throw new DomainException(
                kind switch
                {
                    OutcomeKind.ApprovedWithReservations => "Outcome.ReservationsRequired",
                    OutcomeKind.MoreTimeRequested => "Decision.MoreTimeRequestersRequired",
                    _ => "Decision.OpposingStatesRequired",
                },
                kind switch
                {
                    OutcomeKind.ApprovedWithReservations => "Approval with reservations needs at least one Member State's reservation.",
                    OutcomeKind.MoreTimeRequested => "Name the Member States that asked for more time.",
                    _ => "Name the Member States that opposed the approval.",
                });
        }

        if (statements.GroupBy(s => s.MemberStateCode).Any(g => g.Count() > 1))
        {
            throw new DomainException("Decision.DuplicateState", "Each Member State is named once in a decision.");
        }

        if (kind == OutcomeKind.ApprovedWithReservations && statements.Any(s => string.IsNullOrWhiteSpace(s.Text)))
        {
            throw new DomainException("Decision.ReservationTextRequired", "Each reservation needs its statement.");
        }
    }
}

/// <summary>A formal opposition with reasons, received by TSB after a request for more time (9.5).</summary>
public sealed record FormalOpposition(string MemberStateCode, string Reasons, DateOnly ReceivedOn, DateTime RecordedAtUtc, string RecordedBy);

/// <summary>The circular by which TSB notified the result (9.6).</summary>
public sealed record ResultNotification(int CircularNumber, DateOnly Date, DateTime RecordedAtUtc, string RecordedBy);

/// <summary>Where a text stands after the meeting, by Res. 1, 9.5.</summary>
public enum EffectiveOutcome
{
    /// <summary>No decision yet.</summary>
    Undecided,

    Approved,

    ApprovedWithReservations,

    /// <summary>More time was requested; the four weeks for formal opposition have not ended.</summary>
    AwaitingOppositions,

    /// <summary>Not approved at the meeting, or opposed within the four weeks: referred back to the study group.</summary>
    NotApproved,
}
