using System.Globalization;

namespace Consultations.Web.Features.Shared;

/// <summary>Dates as people read them, in the reader's language; times always say their zone.</summary>
public static class DateDisplay
{
    public static string Day(DateOnly day) => day.ToString("d MMMM yyyy", CultureInfo.CurrentCulture);

    public static string Day(DateOnly? day, string unknown) => day is null ? unknown : Day(day.Value);

    /// <summary>Days from first to last as one range: "8–12 February 2027", "20 February – 1 March 2024".</summary>
    public static string Days(DateOnly first, DateOnly last)
    {
        var culture = CultureInfo.CurrentCulture;
        return first == last ? Day(first)
            : first.Year == last.Year && first.Month == last.Month ? $"{first.ToString("%d", culture)}–{Day(last)}"
            : first.Year == last.Year ? $"{first.ToString("d MMMM", culture)} – {Day(last)}"
            : $"{Day(first)} – {Day(last)}";
    }

    /// <summary>The meeting's days, or <paramref name="unknown"/> when they are not known.</summary>
    public static string Days(DateOnly? first, DateOnly? last, string unknown) =>
        first is null ? unknown : Days(first.Value, last ?? first.Value);

    public static string Utc(DateTime utc) =>
        DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("d MMMM yyyy, HH:mm", CultureInfo.CurrentCulture) + " UTC";

    /// <summary>For receipts, where two versions can arrive in one minute.</summary>
    public static string UtcToTheSecond(DateTime utc) =>
        DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("d MMMM yyyy, HH:mm:ss", CultureInfo.CurrentCulture) + " UTC";

    public static string IsoInstant(DateTime utc) =>
        DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
}
