using Consultations.Domain.Circulars;

namespace Consultations.Web.Features.Shared;

/// <summary>A meeting as people read it: "Geneva, 1–10 June 2026", or its place with "days not known".</summary>
public static class MeetingDisplay
{
    public static string Describe(Meeting meeting, string daysUnknown) =>
        $"{meeting.Place}, {DateDisplay.Days(meeting.FirstDay, meeting.LastDay, daysUnknown)}";
}
