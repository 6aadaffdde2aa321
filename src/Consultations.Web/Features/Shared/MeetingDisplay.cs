using Consultations.Domain.Circulars;

namespace Consultations.Web.Features.Shared;

/// <summary>A meeting as people read it: "Geneva, 1 June 2026 – 10 June 2026", or its place with "days not known".</summary>
public static class MeetingDisplay
{
    public static string Describe(Meeting meeting, string daysUnknown) => meeting.FirstDay is null
        ? $"{meeting.Place}, {daysUnknown}"
        : meeting.LastDay is { } last && last != meeting.FirstDay
            ? $"{meeting.Place}, {DateDisplay.Day(meeting.FirstDay.Value)} – {DateDisplay.Day(last)}"
            : $"{meeting.Place}, {DateDisplay.Day(meeting.FirstDay.Value)}";
}
