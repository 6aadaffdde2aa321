using Consultations.Domain.Common;

namespace Consultations.Domain.Circulars;

/// <summary>The meeting's decision on an authorized text (Res. 1, 9.5).</summary>
public sealed class PlenaryOutcome
{
    private readonly List<MemberStateStatement> reservations = [];
    private readonly List<MemberStateStatement> oppositions = [];

    private PlenaryOutcome()
    {
        RecordedBy = string.Empty;
    }

    private PlenaryOutcome(OutcomeKind kind, DateOnly? oppositionPeriodEnd, DateTime recordedAtUtc, string recordedBy)
    {
        Kind = kind;
        OppositionPeriodEnd = oppositionPeriodEnd;
        RecordedAtUtc = recordedAtUtc;
        RecordedBy = recordedBy;
    }

    public OutcomeKind Kind { get; private set; }

    /// <summary>For more time requested: the last day on which a Member State may formally oppose.</summary>
    public DateOnly? OppositionPeriodEnd { get; private set; }

    public DateTime RecordedAtUtc { get; private set; }

    public string RecordedBy { get; private set; }

    public IReadOnlyList<MemberStateStatement> Reservations => reservations;

    public IReadOnlyList<MemberStateStatement> Oppositions => oppositions;

    public static PlenaryOutcome Approved(DateTime recordedAtUtc, string recordedBy) =>
        new(OutcomeKind.Approved, null, recordedAtUtc, recordedBy);

    public static PlenaryOutcome NotApproved(DateTime recordedAtUtc, string recordedBy) =>
        new(OutcomeKind.NotApproved, null, recordedAtUtc, recordedBy);

    public static PlenaryOutcome ApprovedWithReservations(IEnumerable<MemberStateStatement> reservations, DateTime recordedAtUtc, string recordedBy)
    {
        var outcome = new PlenaryOutcome(OutcomeKind.ApprovedWithReservations, null, recordedAtUtc, recordedBy);
        outcome.reservations.AddRange(reservations);
        if (outcome.reservations.Count == 0)
        {
            throw new DomainException("Outcome.ReservationsRequired", "Approval with reservations needs at least one Member State's reservation.");
        }

        return outcome;
    }

    public static PlenaryOutcome MoreTimeRequested(DateOnly meetingLastDay, DateTime recordedAtUtc, string recordedBy) =>
        new(OutcomeKind.MoreTimeRequested, TapCalendar.OppositionPeriodEnd(meetingLastDay), recordedAtUtc, recordedBy);

    /// <summary>A formal opposition with reasons, received within four weeks after the meeting (9.5.2).</summary>
    public void RecordOpposition(MemberStateStatement opposition)
    {
        if (Kind != OutcomeKind.MoreTimeRequested)
        {
            throw new DomainException("Outcome.OppositionNotExpected", "A formal opposition can only follow a request for more time.");
        }

        if (string.IsNullOrWhiteSpace(opposition.Text))
        {
            throw new DomainException("Outcome.OppositionReasonsRequired", "A formal opposition must give its reasons.");
        }

        if (opposition.Date > OppositionPeriodEnd)
        {
            throw new DomainException(
                "Outcome.OppositionTooLate",
                "The period for formal opposition ended on {0:yyyy-MM-dd}.",
                OppositionPeriodEnd!.Value);
        }

        oppositions.Add(opposition);
    }

    /// <summary>The decision as it stands on a day: a text given more time is approved once the period ends unopposed.</summary>
    public OutcomeKind EffectiveOn(DateOnly day) => Kind switch
    {
        OutcomeKind.MoreTimeRequested when oppositions.Count > 0 => OutcomeKind.NotApproved,
        OutcomeKind.MoreTimeRequested when day > OppositionPeriodEnd => OutcomeKind.Approved,
        _ => Kind,
    };
}
