using System.Globalization;
using Consultations.Infrastructure.Identity;
using Consultations.Infrastructure.Membership;
using Consultations.Testing;
using Consultations.Web.Localization;
using Consultations.Web.Email;
using Microsoft.EntityFrameworkCore;

namespace Consultations.Web.Tests.Foundation;

/// <summary>Member State names, the reader's own language and right-to-left sentences, in the six languages of ITU.</summary>
public class Six_languages(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Theory]
    [InlineData("CHN", "fr", "Chine")]
    [InlineData("CHN", "zh", "中国")]
    [InlineData("DEU", "ru", "Германия")]
    [InlineData("DEU", "es", "Alemania")]
    [InlineData("EGY", "ar", "مصر")]
    [InlineData("PSE", "fr", "État de Palestine")] // ITU's form (glossary), not CLDR's "Territoires palestiniens"
    [InlineData("PSE", "zh", "巴勒斯坦国")]
    public void Member_State_names_come_from_CLDR_with_ITU_forms_where_they_differ(string code, string language, string expected)
    {
        Assert.True(IcuRegionNames.Available, "ICU, which .NET runs on, could not be reached for region names.");

        Assert.Equal(expected, MemberStateNames.Shipped(code, language));
    }

    [Fact]
    public void Every_state_of_the_roster_has_a_name_in_each_language()
    {
        var roster = MemberStateRoster.Load();

        foreach (var language in new[] { "ar", "zh", "fr", "ru", "es" })
        {
            Assert.Equal([], roster.Where(s => MemberStateNames.Shipped(s.Code, language) is null).Select(s => $"{language}: {s.Code}").ToArray());
        }

        // English stays the roster's own short form, ITU's, whatever CLDR says.
        var korea = roster.Single(s => s.Code == "KOR");
        Assert.Equal("Korea (Republic of)", MemberStateNames.In(korea, "en"));
    }

    [Fact]
    public async Task The_roster_page_names_states_in_the_readers_language_and_sorts_them_in_it()
    {
        var client = await portal.SignedInAsync(Roles.Administrator);
        await client.PostAsync("/language", new Dictionary<string, string> { ["culture"] = "fr", ["returnUrl"] = "/" });

        var page = await client.GetPageAsync("/roster?q=Allemagne");

        var names = (await client.GetPageAsync("/roster")).QuerySelectorAll("tbody tr td:nth-child(2)").Select(td => td.TextContent.Trim()).ToList();
        Assert.Contains("Allemagne", names);
        Assert.Equal(names.Order(StringComparer.Create(CultureInfo.GetCultureInfo("fr"), ignoreCase: false)).ToList(), names);
        Assert.Equal("Allemagne", page.QuerySelector("tbody tr td:nth-child(2)")!.TextContent.Trim());
    }

    [Fact]
    public async Task An_administrators_correction_of_a_name_in_one_language_is_kept_shown_and_audited()
    {
        var client = await portal.SignedInAsync(Roles.Administrator);
        var form = await client.GetPageAsync("/roster/MEX/edit");
        var arabicField = form.QuerySelectorAll("input[type=hidden][name$='.Language']").Single(i => i.GetAttribute("value") == "ar").GetAttribute("name")!.Replace(".Language", ".Name", StringComparison.Ordinal);
        Assert.Equal(MemberStateNames.Shipped("MEX", "ar"), form.QuerySelector($"input[name='{arabicField}']")!.GetAttribute("placeholder"));

        var response = await client.PostAsync("/roster/MEX/edit", new Dictionary<string, string>
        {
            ["Name"] = "Mexico",
            ["MemberSince"] = "",
            ["MemberUntil"] = "",
            [arabicField] = "المكسيك (مصحح)",
            [arabicField.Replace(".Name", ".Language", StringComparison.Ordinal)] = "ar",
            ["Reason"] = "Spelling used in ITU's Arabic documents",
        }, "/roster/MEX/edit");

        PortalAssert.RedirectsTo(response, "/roster");
        await client.PostAsync("/language", new Dictionary<string, string> { ["culture"] = "ar", ["returnUrl"] = "/" });
        var arabicRoster = await client.GetPageAsync("/roster?q=MEX");
        Assert.Equal("المكسيك (مصحح)", arabicRoster.QuerySelector("tbody tr td:nth-child(2)")!.TextContent.Trim());
        await portal.WithDbAsync(async db =>
        {
            var mexico = await db.MemberStates.AsNoTracking().SingleAsync(m => m.Code == "MEX");
            Assert.Equal("Mexico", mexico.Name);
            Assert.Equal("المكسيك (مصحح)", Assert.Single(mexico.CorrectedNames).Name);
            var record = await db.AuditRecords.SingleAsync(a => a.Action == "MemberState.Corrected" && a.EntityId == "MEX");
            Assert.Contains("ar: المكسيك (مصحح)", record.Details);
        });
    }

    [Fact]
    public async Task The_language_chosen_while_signed_in_follows_the_user_to_another_device()
    {
        var account = await portal.CreateAccountAsync(Roles.Secretariat);
        var first = portal.CreatePortalClient();
        await first.SignInAsync(account);

        await first.PostAsync("/language", new Dictionary<string, string> { ["culture"] = "zh", ["returnUrl"] = "/" });

        var second = portal.CreatePortalClient();
        await second.SignInAsync(account);
        var page = await second.GetPageAsync("/circulars");
        Assert.Equal("zh", page.DocumentElement.GetAttribute("lang"));
        await portal.WithDbAsync(async db =>
        {
            Assert.Equal("zh", (await db.Users.SingleAsync(u => u.Id == account.Id)).PreferredLanguage);
            Assert.True(await db.AuditRecords.AnyAsync(a => a.Action == "Account.LanguageChosen" && a.EntityId == account.Id));
        });
    }

    [Fact]
    public void In_Arabic_each_argument_of_a_sentence_keeps_its_own_direction()
    {
        var localizer = new BidiIsolatingLocalizer(Words.Factory());

        using (new CultureScope("ar"))
        {
            var sentence = localizer["Receipt {0}: reply of {1} to TSB Circular {2}", "C104-FRA-v3", "فرنسا", 104].Value;
            Assert.Equal("الإيصال \u2068C104-FRA-v3\u2069: رد \u2068فرنسا\u2069 على الرسالة المعممة \u2068104\u2069 لمكتب تقييس الاتصالات", sentence);

            // A format given in the sentence still applies to its argument.
            Assert.Contains("\u20682024-09-01\u2069", localizer["The period for formal opposition ended on {0:yyyy-MM-dd}.", new DateOnly(2024, 9, 1)].Value);
        }

        using (new CultureScope("fr"))
        {
            Assert.DoesNotContain('\u2068', localizer["Receipt {0}: reply of {1} to TSB Circular {2}", "C104-FRA-v3", "France", 104].Value);
        }
    }

    [Fact]
    public async Task A_rule_of_the_domain_states_its_dates_in_the_readers_long_style()
    {
        var client = await portal.SignedInAsync(Roles.Administrator);
        await client.PostAsync("/language", new Dictionary<string, string> { ["culture"] = "es", ["returnUrl"] = "/" });

        var response = await client.PostAsync("/roster/TUV/edit", new Dictionary<string, string>
        {
            ["Name"] = "Tuvalu",
            ["MemberSince"] = "2020-05-01",
            ["MemberUntil"] = "2019-01-01",
            ["Reason"] = "Dates in the wrong order",
        }, "/roster/TUV/edit");

        var page = await PortalClient.ParseAsync(response);
        Assert.Contains("(1 de enero de 2019) debe ser posterior a su inicio (1 de mayo de 2020)", page.QuerySelector("#form-errors")!.TextContent);
    }

    [Fact]
    public async Task TSB_enters_a_title_in_Russian_and_a_Russian_delegate_reads_it_marked_as_Russian()
    {
        var circular = await CircularSeeds.AddAsync(portal, CircularSeeds.Draft(451, new DateOnly(2026, 2, 13), new DateOnly(2026, 6, 1)), new DateTime(2026, 2, 13, 9, 0, 0, DateTimeKind.Utc));
        var tsb = await portal.SignedInAsync(Roles.TsbStaff);
        var amend = await tsb.GetPageAsync($"/circulars/{circular.Id}/amend");
        Assert.Equal(6, amend.QuerySelectorAll("select[name='Correct.Language'] option").Length);

        var corrected = await tsb.PostAsync($"/circulars/{circular.Id}/amend/correct", new Dictionary<string, string>
        {
            ["Correct.TextId"] = circular.Texts[0].Id.ToString(CultureInfo.InvariantCulture),
            ["Correct.Language"] = "ru",
            ["Correct.Title"] = "Проект текста 1",
            ["Correct.Summary"] = "",
            ["Correct.Reason"] = "Russian titles entered by TSB",
        }, $"/circulars/{circular.Id}/amend");

        PortalAssert.RedirectsTo(corrected, $"/circulars/{circular.Id}");
        var russian = portal.CreatePortalClient();
        await russian.SignInAsync(await portal.CreateAccountAsync(Roles.Delegate, "RUS", twoFactor: true));
        await russian.PostAsync("/language", new Dictionary<string, string> { ["culture"] = "ru", ["returnUrl"] = "/" });
        var form = await russian.GetPageAsync($"/replies/{circular.Id}");
        Assert.Equal("Проект текста 1", form.QuerySelector("#row-0 [lang=ru]")!.TextContent.Trim());
        // The texts without a Russian title show the English one, marked as English.
        Assert.Equal("Draft text 2", form.QuerySelector("#row-1 [lang=en]")!.TextContent.Trim());
        Assert.Contains("Ответ Россия на Циркуляр 451 БСЭ", form.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TSB_enters_the_IPR_note_in_Spanish_and_a_Spanish_reader_sees_it_on_the_circular()
    {
        var circular = await CircularSeeds.AddAsync(portal, CircularSeeds.Draft(452, new DateOnly(2026, 2, 13), new DateOnly(2026, 6, 1)), new DateTime(2026, 2, 13, 9, 0, 0, DateTimeKind.Utc));
        var tsb = await portal.SignedInAsync(Roles.TsbStaff);

        var recorded = await tsb.PostAsync($"/circulars/{circular.Id}/amend/note", new Dictionary<string, string>
        {
            ["Note.Kind"] = "Ipr",
            ["Note.Language"] = "es",
            ["Note.Text"] = "No se ha recibido ninguna declaración de DPI.",
            ["Note.Reason"] = "Versión española de la circular",
        }, $"/circulars/{circular.Id}/amend");

        PortalAssert.RedirectsTo(recorded, $"/circulars/{circular.Id}");
        var spanish = portal.CreatePortalClient();
        await spanish.SignInAsync(await portal.CreateAccountAsync(Roles.Delegate, "ESP", twoFactor: true));
        await spanish.PostAsync("/language", new Dictionary<string, string> { ["culture"] = "es", ["returnUrl"] = "/" });
        var page = await spanish.GetPageAsync($"/circulars/{circular.Id}");
        Assert.Contains(page.QuerySelectorAll("span[lang=es]"), span => span.TextContent == "No se ha recibido ninguna declaración de DPI.");
        Assert.Contains("Versión española de la circular", page.QuerySelector("#amendments-heading + ol")!.TextContent);

        var empty = await tsb.PostAsync($"/circulars/{circular.Id}/amend/note", new Dictionary<string, string>
        {
            ["Note.Kind"] = "Ipr",
            ["Note.Language"] = "es",
            ["Note.Text"] = "",
            ["Note.Reason"] = "Nothing",
        }, $"/circulars/{circular.Id}/amend");
        Assert.Contains("Enter the text of the note.", (await PortalClient.ParseAsync(empty)).QuerySelector("#form-errors")!.TextContent);
    }
}
