namespace Consultations.Domain.Tally;

public enum TallyStatus
{
    /// <summary>Before the deadline: replies may still come or change.</summary>
    Provisional,

    /// <summary>After the deadline: the counted replies can no longer change.</summary>
    Final,
}
