namespace Consultations.Domain.Tally;

public enum MarginKind
{
    /// <summary>Authorized: this many more replies not assigning authority would stop it.</summary>
    OpposingRepliesToStop,

    /// <summary>Not authorized: this many more supporting replies are needed.</summary>
    SupportingRepliesNeeded,
}

/// <summary>How far a text is from the other side of the 70% threshold.</summary>
public sealed record Margin(MarginKind Kind, int Count)
{
    public string Describe() => Kind switch
    {
        MarginKind.OpposingRepliesToStop => Count == 1
            ? "authorized; 1 more reply not assigning authority would stop it"
            : $"authorized; {Count} more replies not assigning authority would stop it",
        _ => Count == 1
            ? "1 more supporting reply needed"
            : $"{Count} more supporting replies needed",
    };
}
