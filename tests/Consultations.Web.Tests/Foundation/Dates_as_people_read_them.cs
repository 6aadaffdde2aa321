using Consultations.Web.Email;
using Consultations.Web.Features.Shared;

namespace Consultations.Web.Tests.Foundation;

/// <summary>Ranges of days are written once, the way letters write them.</summary>
public class Dates_as_people_read_them
{
    [Theory]
    [InlineData("2027-02-08", "2027-02-12", "en", "8–12 February 2027")]
    [InlineData("2024-02-20", "2024-03-01", "en", "20 February – 1 March 2024")]
    [InlineData("2026-12-30", "2027-01-02", "en", "30 December 2026 – 2 January 2027")]
    [InlineData("2026-06-05", "2026-06-05", "en", "5 June 2026")]
    [InlineData("2027-02-08", "2027-02-12", "fr", "8–12 février 2027")]
    public void A_range_of_days_names_each_part_once(string first, string last, string language, string expected)
    {
        using var _ = new CultureScope(language);

        Assert.Equal(expected, DateDisplay.Days(DateOnly.Parse(first, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(last, System.Globalization.CultureInfo.InvariantCulture)));
    }
}
