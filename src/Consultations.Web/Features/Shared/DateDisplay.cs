using System.Globalization;

namespace Consultations.Web.Features.Shared;

/// <summary>Dates as people read them, in the reader's language; times always say their zone.</summary>
public static class DateDisplay
{
    public static string Day(DateOnly day) => day.ToString("d MMMM yyyy", CultureInfo.CurrentCulture);

    public static string Day(DateOnly? day, string unknown) => day is null ? unknown : Day(day.Value);

    public static string Utc(DateTime utc) =>
        DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("d MMMM yyyy, HH:mm", CultureInfo.CurrentCulture) + " UTC";

    public static string IsoInstant(DateTime utc) =>
        DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
}
