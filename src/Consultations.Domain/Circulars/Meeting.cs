using Consultations.Domain.Common;

namespace Consultations.Domain.Circulars;

/// <summary>The study-group meeting; its days may be unknown ("Virtual, Aug/Sept 2020").</summary>
public sealed record Meeting
{
    public Meeting(string place, DateOnly? firstDay, DateOnly? lastDay)
    {
        if (firstDay is not null && lastDay is not null && lastDay < firstDay)
        {
            throw new DomainException(
                "Meeting.DaysOutOfOrder",
                "The meeting's last day ({0:yyyy-MM-dd}) comes before its first day ({1:yyyy-MM-dd}).",
                lastDay.Value,
                firstDay.Value);
        }

        Place = (place ?? string.Empty).Trim();
        FirstDay = firstDay;
        LastDay = lastDay ?? firstDay;
    }

    public string Place { get; }

    public DateOnly? FirstDay { get; }

    public DateOnly? LastDay { get; }

    public bool HasKnownDays => FirstDay is not null;

    /// <summary>The meeting has begun at the start of its first day, UTC.</summary>
    public bool HasStartedAt(DateTime utcNow) =>
        FirstDay is not null && TapCalendar.ToUtc(utcNow) >= FirstDay.Value.ToDateTime(TimeOnly.MinValue);
}
