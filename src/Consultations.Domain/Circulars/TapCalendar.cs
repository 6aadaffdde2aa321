using Consultations.Domain.Common;

namespace Consultations.Domain.Circulars;

/// <summary>The dates of Res. 1 section 9: reply deadline, its proposal, and the notice period.</summary>
public static class TapCalendar
{
    /// <summary>Working days left strictly between the deadline and the meeting's first day (9.4.1).</summary>
    public const int WorkingDaysBeforeMeeting = 7;

    /// <summary>Months of notice Member States get before the meeting (9.3.3).</summary>
    public const int NoticeMonths = 3;

    /// <summary>Weeks after the meeting in which a Member State may oppose a text given more time (9.5.2), and in which the outcome is notified (9.6).</summary>
    public const int WeeksAfterMeeting = 4;

    /// <summary>"By 2359 hours UTC on &lt;date&gt;": the last instant of that UTC day.</summary>
    public static DateTime DeadlineInstant(DateOnly deadlineDate) =>
        DateTime.SpecifyKind(deadlineDate.ToDateTime(TimeOnly.MaxValue), DateTimeKind.Utc);

    public static bool IsOnTime(DateTime receivedUtc, DateOnly deadlineDate) =>
        ToUtc(receivedUtc) <= DeadlineInstant(deadlineDate);

    /// <summary>The eighth working day before the meeting: seven working days lie strictly between.</summary>
    public static DateOnly? ProposedDeadline(DateOnly? meetingFirstDay) =>
        meetingFirstDay is null ? null : WorkingDays.Before(meetingFirstDay.Value, WorkingDaysBeforeMeeting + 1);

    /// <summary>Three calendar months from <paramref name="from"/>, without clamping month ends: 31 March gives 1 July, not 30 June.</summary>
    public static DateOnly NoticeEnds(DateOnly from)
    {
        var month = new DateOnly(from.Year, from.Month, 1).AddMonths(NoticeMonths);
        return month.AddDays(from.Day - 1);
    }

    public static bool MeetsNotice(DateOnly circularDate, DateOnly meetingFirstDay) =>
        NoticeEnds(circularDate) <= meetingFirstDay;

    public static DateOnly OppositionPeriodEnd(DateOnly meetingLastDay) => meetingLastDay.AddDays(7 * WeeksAfterMeeting);

    public static DateTime ToUtc(DateTime value) => value.Kind switch
    {
        DateTimeKind.Utc => value,
        DateTimeKind.Local => value.ToUniversalTime(),
        _ => DateTime.SpecifyKind(value, DateTimeKind.Utc),
    };
}
