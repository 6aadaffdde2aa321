using Consultations.Domain.Replies;
using Consultations.Infrastructure.Identity;
using Consultations.Testing;
using Microsoft.EntityFrameworkCore;

namespace Consultations.Web.Tests.Replies;

public class Replies_recorded_by_TSB(PortalFactory portal) : IClassFixture<PortalFactory>
{
    /// <summary>TSB records what arrived by e-mail, fax or letter after it arrived: the clock stands after every date received below.</summary>
    private static readonly DateTimeOffset AfterTheDeadline = new(2026, 5, 25, 10, 0, 0, TimeSpan.Zero);

    private static List<KeyValuePair<string, string>> Recorded(string state, string channel, string day, string time, params string[] choices)
    {
        var fields = new List<KeyValuePair<string, string>>
        {
            new("Form.MemberStateCode", state),
            new("Form.Channel", channel),
            new("Form.ReceivedOn", day),
            new("Form.ReceivedAt", time),
            new("Form.SignatoryName", "Official of " + state),
        };
        for (var i = 0; i < choices.Length; i++)
        {
            fields.Add(new($"Form.Rows[{i}].TextId", (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)));
            fields.Add(new($"Form.Rows[{i}].Choice", choices[i]));
        }

        return fields;
    }

    [Fact]
    public async Task A_fax_received_before_the_deadline_counts_and_one_without_reasons_is_flagged()
    {
        portal.Clock.SetUtcNow(AfterTheDeadline);
        var circular = await ReplyFixture.PublishedCircularAsync(portal, 601);
        var tsb = portal.CreatePortalClient();
        await tsb.SignInAsync(await portal.CreateAccountAsync(Roles.TsbStaff));

        var response = await tsb.PostMultipartAsync(
            $"/circulars/{circular.Id}/record-reply",
            Recorded("KEN", "Fax", "2026-05-20", "23:59", "NoComments", "DoesNotAssign", "None"),
            [("Form.Original", "fax-scan.pdf", ReplyFixture.Pdf)],
            $"/circulars/{circular.Id}/record-reply");

        PortalAssert.RedirectsTo(response, $"/circulars/{circular.Id}");
        await portal.WithDbAsync(async db =>
        {
            var reply = await db.Replies.SingleAsync(r => r.CircularId == circular.Id && r.MemberStateCode == "KEN");
            var version = reply.CountIn(circular, await db.MemberStates.SingleAsync(m => m.Code == "KEN")).Counted!;
            Assert.Equal(ReplyChannel.Fax, version.Channel);
            Assert.True(version.NoReasonsGiven);
            Assert.NotNull(version.OriginalDocument);
            Assert.Equal(new DateTime(2026, 5, 20, 23, 59, 0, DateTimeKind.Utc), version.ReceivedAtUtc);
            Assert.True(await db.AuditRecords.AnyAsync(a => a.Action == "Reply.RecordedByTsb" && a.Details!.Contains("no reasons given")));
        });
    }

    [Fact]
    public async Task The_secretariat_downloads_the_original_from_the_drill_down_and_delegates_cannot()
    {
        portal.Clock.SetUtcNow(AfterTheDeadline);
        var circular = await ReplyFixture.PublishedCircularAsync(portal, 604);
        var tsb = portal.CreatePortalClient();
        await tsb.SignInAsync(await portal.CreateAccountAsync(Roles.TsbStaff));
        await tsb.PostMultipartAsync(
            $"/circulars/{circular.Id}/record-reply",
            Recorded("GHA", "Email", "2026-05-01", "10:00", "WithComments", "None", "None"),
            [("Form.Original", "ghana-reply.pdf", ReplyFixture.Pdf)],
            $"/circulars/{circular.Id}/record-reply");
        var secretariat = portal.CreatePortalClient();
        await secretariat.SignInAsync(await portal.CreateAccountAsync(Roles.Secretariat));

        var drillDown = await secretariat.GetPageAsync($"/circulars/{circular.Id}/tally/texts/1");
        var link = drillDown.QuerySelectorAll("a").Single(a => a.TextContent == "original as received").GetAttribute("href")!;
        var download = await secretariat.GetAsync(link);

        Assert.Equal(ReplyFixture.Pdf, await download.Content.ReadAsByteArrayAsync());
        var delegateClient = portal.CreatePortalClient();
        await delegateClient.SignInAsync(await portal.CreateAccountAsync(Roles.Delegate, "GHA", twoFactor: true));
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, (await delegateClient.GetAsync(link)).StatusCode);
        await portal.WithDbAsync(async db => Assert.True(await db.AuditRecords.AnyAsync(a => a.Action == "Reply.FileDownloaded" && a.EntityId == $"{circular.Id}/GHA")));
    }

    [Fact]
    public async Task A_letter_received_after_the_deadline_goes_to_the_late_register()
    {
        portal.Clock.SetUtcNow(AfterTheDeadline);
        var circular = await ReplyFixture.PublishedCircularAsync(portal, 602);
        var tsb = portal.CreatePortalClient();
        await tsb.SignInAsync(await portal.CreateAccountAsync(Roles.TsbStaff));

        await tsb.PostMultipartAsync(
            $"/circulars/{circular.Id}/record-reply", Recorded("BRA", "Letter", "2026-05-21", "00:00", "NoComments", "NoComments", "NoComments"), [], $"/circulars/{circular.Id}/record-reply");

        await portal.WithDbAsync(async db =>
        {
            var reply = await db.Replies.SingleAsync(r => r.CircularId == circular.Id && r.MemberStateCode == "BRA");
            var count = reply.CountIn(circular, await db.MemberStates.SingleAsync(m => m.Code == "BRA"));
            Assert.Null(count.Counted);
            Assert.Single(reply.Versions, v => count.StatusOf(v) == Consultations.Domain.Tally.VersionStatus.Late);
        });
    }

    [Fact]
    public async Task Recording_a_reply_is_for_TSB_staff_only()
    {
        portal.Clock.SetUtcNow(AfterTheDeadline);
        var circular = await ReplyFixture.PublishedCircularAsync(portal, 603);
        var secretariat = portal.CreatePortalClient();
        await secretariat.SignInAsync(await portal.CreateAccountAsync(Roles.Secretariat));

        var response = await secretariat.PostAsync($"/circulars/{circular.Id}/record-reply", new Dictionary<string, string> { ["Form.MemberStateCode"] = "KEN" });

        Assert.Equal(System.Net.HttpStatusCode.Forbidden, response.StatusCode);
        await portal.WithDbAsync(async db => Assert.False(await db.Replies.AnyAsync(r => r.CircularId == circular.Id)));
    }
}
