using System.Globalization;

namespace Consultations.Domain.Import;

/// <summary>Dates as circulars write them ("13 February 2026", "2026年2月13日"), checked for plausibility.</summary>
internal static class DateWords
{
    public const string EnglishMonths = "January|February|March|April|May|June|July|August|September|October|November|December";

    public static int? Month(string name) =>
        DateTime.TryParseExact(name, "MMMM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed) ? parsed.Month : null;

    /// <summary>A date, or null with a warning when the numbers cannot make a plausible date (a year like 224).</summary>
    public static DateOnly? Make(int year, int month, int day, string what, string source, ICollection<ImportWarning> warnings)
    {
        if (year is < 1990 or > 2100)
        {
            warnings.Add(new ImportWarning("The {0} '{1}' has the year {2}, which cannot be right: enter the {0} by hand.", what, source, year.ToString(CultureInfo.InvariantCulture)));
            return null;
        }

        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            warnings.Add(new ImportWarning("The {0} '{1}' is not a real date: enter the {0} by hand.", what, source));
            return null;
        }

        return new DateOnly(year, month, day);
    }
}
