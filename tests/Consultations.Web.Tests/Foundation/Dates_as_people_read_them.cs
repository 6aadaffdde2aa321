using Consultations.Testing;
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
    [InlineData("2027-02-08", "2027-02-12", "es", "8–12 de febrero de 2027")]
    [InlineData("2024-02-20", "2024-03-01", "es", "20 de febrero – 1 de marzo de 2024")]
    [InlineData("2027-02-08", "2027-02-12", "ru", "8–12 февраля 2027 года")]
    [InlineData("2027-02-08", "2027-02-12", "zh", "2027年2月8日至12日")]
    [InlineData("2024-02-20", "2024-03-01", "zh", "2024年2月20日至3月1日")]
    [InlineData("2026-12-30", "2027-01-02", "zh", "2026年12月30日至2027年1月2日")]
    [InlineData("2027-02-08", "2027-02-12", "ar", "8–12 فبراير 2027")]
    public void A_range_of_days_names_each_part_once(string first, string last, string language, string expected)
    {
        using var _ = new CultureScope(language);

        Assert.Equal(expected, DateDisplay.Days(DateOnly.Parse(first, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(last, System.Globalization.CultureInfo.InvariantCulture)));
    }

    /// <summary>The deadline as each language version of a TSB Circular states it (glossary: "deadline").</summary>
    [Theory]
    [InlineData("en", "2359 hours UTC on 20 May 2026")]
    [InlineData("fr", "20 mai 2026 à 23 h 59 UTC")]
    [InlineData("es", "20 de mayo de 2026 a las 23.59 horas UTC")]
    [InlineData("ru", "23 час. 59 мин. UTC 20 мая 2026 года")]
    [InlineData("zh", "协调世界时（UTC）2026年5月20日23时59分")]
    [InlineData("ar", "الساعة 2359 بالتوقيت العالمي المنسق (UTC) يوم 20 مايو 2026")]
    public void The_deadline_reads_as_the_circulars_state_it(string language, string expected)
    {
        using var _ = new CultureScope(language);

        Assert.Equal(expected, Words.Localizer()["2359 hours UTC on {0}", DateDisplay.Day(new DateOnly(2026, 5, 20))].Value);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("fr")]
    [InlineData("es")]
    [InlineData("ru")]
    [InlineData("zh")]
    [InlineData("ar")]
    public void A_sentence_that_ends_on_a_date_ends_with_one_full_stop(string language)
    {
        using var _ = new CultureScope(language);

        Assert.DoesNotContain("..", Words.Localizer()["Current deadline: 2359 hours UTC on {0}.", DateDisplay.Day(new DateOnly(2026, 5, 20))].Value);
    }

    [Theory]
    [InlineData("en", "20 May 2026, 23:59:07 UTC")]
    [InlineData("zh", "2026年5月20日 23:59:07 UTC")]
    [InlineData("ru", "20 мая 2026 года, 23:59:07 UTC")]
    public void A_time_says_its_zone_in_every_language(string language, string expected)
    {
        using var _ = new CultureScope(language);

        Assert.Equal(expected, DateDisplay.UtcToTheSecond(new DateTime(2026, 5, 20, 23, 59, 7, DateTimeKind.Utc)));
    }
}
