namespace Consultations.Domain.Tally;

/// <summary>
/// Res. 1, 9.4.5-9.4.6: consideration is authorized when 70% or more of the counted replies support the text,
/// or when there are no replies. Decided in integers, never in floating point.
/// </summary>
public static class ApprovalThreshold
{
    public static bool IsAuthorized(long supporting, long notSupporting)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(supporting);
        ArgumentOutOfRangeException.ThrowIfNegative(notSupporting);

        // 10*S >= 7*(S+N)  <=>  3*S >= 7*N; in 128 bits no count a long can hold overflows.
        return (Int128)3 * supporting >= (Int128)7 * notSupporting;
    }

    public static Margin MarginOf(int supporting, int notSupporting)
    {
        long s = supporting;
        long n = notSupporting;
        if (IsAuthorized(s, n))
        {
            // Smallest k with 3S < 7(N+k).
            var k = ((3 * s) - (7 * n)) / 7 + 1;
            return new Margin(MarginKind.OpposingRepliesToStop, (int)k);
        }

        // Smallest m with 3(S+m) >= 7N.
        var m = ((7 * n) - (3 * s) + 2) / 3;
        return new Margin(MarginKind.SupportingRepliesNeeded, (int)m);
    }

    /// <summary>Share of support for display, to one decimal; null when nobody expressed an opinion.</summary>
    public static decimal? Percentage(int supporting, int notSupporting)
    {
        var total = supporting + (long)notSupporting;
        return total == 0
            ? null
            : Math.Round(1000m * supporting / total, MidpointRounding.AwayFromZero) / 10m;
    }
}
