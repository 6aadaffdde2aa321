using System.Net;
using Consultations.Domain.Replies;
using Consultations.Infrastructure.Identity;
using Consultations.Testing;
using Consultations.Web.Tests.Tally;
using Microsoft.EntityFrameworkCore;

namespace Consultations.Web.Tests.Api;

/// <summary>After the deadline: the final tally as open data where the results are public, nowhere else.</summary>
public class Open_data_after_the_deadline(Open_data_after_the_deadline.AfterTheDeadline portal) : IClassFixture<Open_data_after_the_deadline.AfterTheDeadline>
{
    private static readonly DateTime OnTime = new(2026, 4, 1, 10, 0, 0, DateTimeKind.Utc);

    [Fact]
    public async Task The_final_tally_is_published_as_JSON_and_CSV_only_when_the_results_are_public()
    {
        var circular = await TallySeeds.CircularAsync(portal, 5301, texts: 2);
        await TallySeeds.ReplyAsync(portal, circular.Id, "FRA", OnTime, (circular.Texts[0].Id, Opinion.AssignsAuthorityNoComments, null), (circular.Texts[1].Id, Opinion.DoesNotAssignAuthority, "Overlaps X.1252."));
        await TallySeeds.ReplyAsync(portal, circular.Id, "KEN", OnTime, (circular.Texts[0].Id, Opinion.AssignsAuthorityWithComments, "Clause 6."), (circular.Texts[1].Id, Opinion.AssignsAuthorityNoComments, null));
        await portal.RunDeadlineTasksAsync();
        var anyone = ApiAccess.Client(portal, null);

        var hidden = await anyone.GetAsync($"/api/v1/circulars/{circular.Id}/final-tally.json");
        var hiddenDetail = await ApiAccess.JsonAsync(await anyone.GetAsync($"/api/v1/circulars/{circular.Id}"));
        await portal.WithDbAsync(async db =>
        {
            (await db.Circulars.SingleAsync(c => c.Id == circular.Id)).SetResultsPublic(true);
            await db.SaveChangesAsync();
        });
        var json = await ApiAccess.JsonAsync(await anyone.GetAsync($"/api/v1/circulars/{circular.Id}/final-tally.json"));
        var csv = await anyone.GetAsync($"/api/v1/circulars/{circular.Id}/final-tally.csv");
        var detail = await ApiAccess.JsonAsync(await anyone.GetAsync($"/api/v1/circulars/{circular.Id}"));

        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, hiddenDetail.GetProperty("finalTally").ValueKind);
        Assert.True(json.GetProperty("isFinal").GetBoolean());
        Assert.Equal(2, json.GetProperty("repliesCounted").GetInt32());
        var first = json.GetProperty("texts")[0];
        Assert.Equal((1, 1, 0, true), (first.GetProperty("supportingNoComments").GetInt32(), first.GetProperty("supportingWithComments").GetInt32(), first.GetProperty("notSupporting").GetInt32(), first.GetProperty("considerationAuthorized").GetBoolean()));
        Assert.False(json.GetProperty("texts")[1].GetProperty("considerationAuthorized").GetBoolean());
        Assert.False(json.TryGetProperty("notReplied", out _));
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        var text = await csv.Content.ReadAsStringAsync();
        Assert.Contains("X.1500", text);
        Assert.DoesNotContain("Overlaps", text);
        Assert.True(detail.GetProperty("finalTally").GetProperty("isFinal").GetBoolean());
    }

    public sealed class AfterTheDeadline : PortalFactory
    {
        public AfterTheDeadline() => Clock.SetUtcNow(new DateTimeOffset(2026, 6, 2, 9, 0, 0, TimeSpan.Zero));
    }
}

/// <summary>Requests are limited per token: one system at its limit does not stop another.</summary>
public class The_API_is_limited_per_token(The_API_is_limited_per_token.LimitedPortal portal) : IClassFixture<The_API_is_limited_per_token.LimitedPortal>
{
    [Fact]
    public async Task The_fourth_request_in_a_minute_is_refused_and_another_token_still_works()
    {
        var busy = ApiAccess.Client(portal, await ApiAccess.TokenAsync(portal, Roles.Secretariat));
        var other = ApiAccess.Client(portal, await ApiAccess.TokenAsync(portal, Roles.Secretariat));

        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            answers.Add((await busy.GetAsync("/api/v1/circulars/1/tally")).StatusCode);
        }

        var fromOther = await other.GetAsync("/api/v1/circulars/1/tally");

        Assert.Equal(HttpStatusCode.TooManyRequests, answers[^1]);
        Assert.DoesNotContain(HttpStatusCode.TooManyRequests, answers.Take(3));
        Assert.NotEqual(HttpStatusCode.TooManyRequests, fromOther.StatusCode);
    }

    public sealed class LimitedPortal : PortalFactory
    {
        protected override IEnumerable<KeyValuePair<string, string>> Settings => [new("RateLimits:ApiPerMinute", "3")];
    }
}
