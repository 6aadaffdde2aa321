namespace Consultations.Domain.Common;

public static class WorkingDays
{
    public static bool IsWorkingDay(DateOnly day) =>
        day.DayOfWeek is not DayOfWeek.Saturday and not DayOfWeek.Sunday;

    /// <summary>The working day that lies <paramref name="count"/> working days before <paramref name="day"/>.</summary>
    public static DateOnly Before(DateOnly day, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        var current = day;
        var found = 0;
        while (found < count)
        {
            current = current.AddDays(-1);
            if (IsWorkingDay(current))
            {
                found++;
            }
        }

        return current;
    }

    /// <summary>Working days strictly between two dates.</summary>
    public static int StrictlyBetween(DateOnly first, DateOnly second)
    {
        var (from, to) = first <= second ? (first, second) : (second, first);
        var count = 0;
        for (var day = from.AddDays(1); day < to; day = day.AddDays(1))
        {
            if (IsWorkingDay(day))
            {
                count++;
            }
        }

        return count;
    }
}
