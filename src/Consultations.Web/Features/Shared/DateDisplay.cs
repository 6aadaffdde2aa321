using System.Globalization;
using Consultations.Web.Settings;

namespace Consultations.Web.Features.Shared;

/// <summary>
/// Dates as ITU's letters write them in each of its languages ("20 May 2026", "20 de mayo de 2026",
/// "2026年5月20日"); one long style per language, and times always say their zone.
/// </summary>
public static class DateDisplay
{
    private sealed record Style(string Full, string DayAndMonth, bool YearFirst = false);

    private static readonly Style European = new("d MMMM yyyy", "d MMMM");

    private static readonly IReadOnlyDictionary<string, Style> Styles = new Dictionary<string, Style>
    {
        ["es"] = new("d 'de' MMMM 'de' yyyy", "d 'de' MMMM"),
        // "года" as the Russian circulars write it; "г." would end a sentence with two full stops.
        ["ru"] = new("d MMMM yyyy 'года'", "d MMMM"),
        ["zh"] = new("yyyy'年'M'月'd'日'", "M'月'd'日'", YearFirst: true),
    };

    private static Style Current => Styles.GetValueOrDefault(SupportedCultures.LanguageOf(CultureInfo.CurrentCulture), European);

    public static string Day(DateOnly day) => day.ToString(Current.Full, CultureInfo.CurrentCulture);

    public static string Day(DateOnly? day, string unknown) => day is null ? unknown : Day(day.Value);

    /// <summary>Days from first to last as one range: "8–12 February 2027", "20 February – 1 March 2024", "2027年2月8日至12日".</summary>
    public static string Days(DateOnly first, DateOnly last)
    {
        var culture = CultureInfo.CurrentCulture;
        var style = Current;
        if (first == last)
        {
            return Day(first);
        }

        if (style.YearFirst)
        {
            // Year first: the shared year and month are said once, at the start.
            return first.Year != last.Year ? $"{Day(first)}至{Day(last)}"
                : first.Month != last.Month ? $"{Day(first)}至{last.ToString(style.DayAndMonth, culture)}"
                : $"{Day(first)}至{last.Day.ToString(culture)}日";
        }

        return first.Year == last.Year && first.Month == last.Month ? $"{first.ToString("%d", culture)}–{Day(last)}"
            : first.Year == last.Year ? $"{first.ToString(style.DayAndMonth, culture)} – {Day(last)}"
            : $"{Day(first)} – {Day(last)}";
    }

    /// <summary>The meeting's days, or <paramref name="unknown"/> when they are not known.</summary>
    public static string Days(DateOnly? first, DateOnly? last, string unknown) =>
        first is null ? unknown : Days(first.Value, last ?? first.Value);

    public static string Utc(DateTime utc) => At(utc, "HH:mm");

    /// <summary>For receipts, where two versions can arrive in one minute.</summary>
    public static string UtcToTheSecond(DateTime utc) => At(utc, "HH:mm:ss");

    public static string IsoInstant(DateTime utc) =>
        DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);

    private static string At(DateTime utc, string time)
    {
        var separator = Current.YearFirst ? " " : ", ";
        return $"{Day(DateOnly.FromDateTime(utc))}{separator}{utc.ToString(time, CultureInfo.InvariantCulture)} UTC";
    }
}
