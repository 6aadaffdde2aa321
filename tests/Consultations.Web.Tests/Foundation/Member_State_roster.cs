using System.Net;
using Consultations.Infrastructure.Identity;
using Consultations.Testing;
using Microsoft.EntityFrameworkCore;

namespace Consultations.Web.Tests.Foundation;

public class Member_State_roster(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private async Task<int> MembersOnAsync(DateOnly day)
    {
        var count = 0;
        await portal.WithDbAsync(async db => count = (await db.MemberStates.ToListAsync()).Count(m => m.IsMemberOn(day)));
        return count;
    }

    [Fact]
    public async Task Counts_194_Member_States_in_2026_and_193_before_Palau_joined()
    {
        portal.CreateClient();

        Assert.Equal(194, await MembersOnAsync(new DateOnly(2026, 1, 1)));
        Assert.Equal(193, await MembersOnAsync(new DateOnly(2024, 4, 23)));
    }

    [Fact]
    public async Task Holds_Palestine_as_an_observer_that_is_not_a_member()
    {
        portal.CreateClient();
        await portal.WithDbAsync(async db =>
        {
            var palestine = await db.MemberStates.SingleAsync(m => m.Code == "PSE");
            Assert.True(palestine.IsObserver);
            Assert.False(palestine.IsMemberOn(new DateOnly(2026, 1, 1)));
        });
    }

    [Fact]
    public async Task Seeding_again_keeps_corrections_and_adds_nothing_twice()
    {
        portal.CreateClient();
        await portal.WithDbAsync(async db =>
        {
            var kenya = await db.MemberStates.SingleAsync(m => m.Code == "KEN");
            kenya.Rename("Kenya (corrected)");
            await db.SaveChangesAsync();
        });

        await portal.WithScopeAsync(async services =>
        {
            await Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions
                .GetRequiredService<Consultations.Infrastructure.Persistence.DatabaseInitializer>(services).InitializeAsync();
            return true;
        });

        await portal.WithDbAsync(async db =>
        {
            Assert.Equal(195, await db.MemberStates.CountAsync());
            Assert.Equal("Kenya (corrected)", (await db.MemberStates.SingleAsync(m => m.Code == "KEN")).Name);
        });
    }

    [Fact]
    public async Task An_administrator_corrects_a_date_with_an_audit_record()
    {
        var admin = await portal.CreateAccountAsync(Roles.Administrator);
        var client = portal.CreatePortalClient();
        await client.SignInAsync(admin);

        var response = await client.PostAsync("/roster/TUV/edit", new Dictionary<string, string>
        {
            ["Name"] = "Tuvalu",
            ["MemberSince"] = "1993-01-01",
            ["MemberUntil"] = "",
            ["Reason"] = "Date of accession checked against the ITU list",
        }, "/roster/TUV/edit");

        PortalAssert.RedirectsTo(response, "/roster");
        await portal.WithDbAsync(async db =>
        {
            Assert.Equal(new DateOnly(1993, 1, 1), (await db.MemberStates.SingleAsync(m => m.Code == "TUV")).MemberSince);
            var record = await db.AuditRecords.SingleAsync(a => a.Action == "MemberState.Corrected" && a.EntityId == "TUV");
            Assert.Equal(admin.Id, record.UserId);
            Assert.Contains("Date of accession checked", record.Details);
        });
    }

    [Fact]
    public async Task The_audit_trail_filters_by_the_kind_of_action_from_its_own_form()
    {
        var admin = await portal.CreateAccountAsync(Roles.Administrator);
        var client = portal.CreatePortalClient();
        await client.SignInAsync(admin);
        await client.PostAsync("/roster/FJI/edit", new Dictionary<string, string>
        {
            ["Name"] = "Fiji",
            ["MemberSince"] = "1971-01-01",
            ["MemberUntil"] = "",
            ["Reason"] = "Checked for the audit filter",
        }, "/roster/FJI/edit");

        var trail = await client.GetPageAsync("/audit");
        var form = trail.QuerySelector("form[role=search]")!;
        var kindField = form.QuerySelector("input#kind")!.GetAttribute("name")!;
        var filtered = await client.GetPageAsync($"{form.GetAttribute("action")}?{kindField}=MemberState.&entity=FJI");

        var rows = filtered.QuerySelectorAll("tbody tr").Select(r => r.TextContent).ToList();
        Assert.Single(rows);
        Assert.Contains("MemberState.Corrected", rows[0]);
        Assert.Equal("MemberState.", filtered.QuerySelector("input#kind")!.GetAttribute("value"));
        var none = await client.GetPageAsync($"{form.GetAttribute("action")}?{kindField}=Circular.&entity=FJI");
        Assert.Empty(none.QuerySelectorAll("tbody tr"));
    }

    [Fact]
    public async Task A_correction_that_breaks_a_rule_is_refused_on_the_form_and_nothing_is_saved()
    {
        var admin = await portal.CreateAccountAsync(Roles.Administrator);
        var client = portal.CreatePortalClient();
        await client.SignInAsync(admin);

        var response = await client.PostAsync("/roster/NRU/edit", new Dictionary<string, string>
        {
            ["Name"] = "Nauru renamed",
            ["MemberSince"] = "2020-01-01",
            ["MemberUntil"] = "2019-01-01",
            ["Reason"] = "Test",
        }, "/roster/NRU/edit");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Contains("must come after its start", page.QuerySelector("#form-errors")!.TextContent);
        Assert.Equal("Nauru renamed", page.QuerySelector("input[name=Name]")!.GetAttribute("value"));
        await portal.WithDbAsync(async db =>
        {
            var nauru = await db.MemberStates.SingleAsync(m => m.Code == "NRU");
            Assert.Equal("Nauru", nauru.Name);
            Assert.False(await db.AuditRecords.AnyAsync(a => a.EntityId == "NRU"));
        });
    }

    [Fact]
    public async Task TSB_staff_cannot_correct_the_roster()
    {
        var tsb = await portal.CreateAccountAsync(Roles.TsbStaff);
        var client = portal.CreatePortalClient();
        await client.SignInAsync(tsb);

        var response = await client.PostAsync("/roster/TON/edit", new Dictionary<string, string>
        {
            ["Name"] = "Changed",
            ["Reason"] = "Not allowed",
        });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        await portal.WithDbAsync(async db => Assert.Equal("Tonga", (await db.MemberStates.SingleAsync(m => m.Code == "TON")).Name));
    }
}
