using System.Net;
using Consultations.Domain.Replies;
using Consultations.Infrastructure.Identity;
using Consultations.Testing;
using Consultations.Web.Tests.Replies;
using Consultations.Web.Tests.Tally;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.EntityFrameworkCore;

namespace Consultations.Web.Tests.Api;

/// <summary>
/// Every API endpoint for every kind of caller: no token, a signed-in browser (cookies are not accepted), tokens of
/// each role and scope, a delegate of another administration, a revoked and an expired token. The list of endpoints
/// is checked against the application's own, so a new endpoint without an expectation fails.
/// </summary>
public class Authorization_of_every_API_endpoint(PortalFactory portal) : IClassFixture<PortalFactory>
{
    public enum Caller
    {
        Anonymous,
        BrowserSession,
        FranceRead,
        FranceReply,
        KenyaReply,
        Secretariat,
        TsbStaff,
        Administrator,
        Revoked,
        Expired,
    }

    // Columns in the order of Caller. Circular 1 is published with France's reply; circular 2 is a draft.
    public static TheoryData<string, string, int[]> Endpoints => new()
    {
        { "GET", "/api/v1/circulars", [200, 200, 200, 200, 200, 200, 200, 200, 200, 200] },
        { "GET", "/api/v1/circulars/{1}", [200, 200, 200, 200, 200, 200, 200, 200, 200, 200] },
        { "GET", "/api/v1/circulars/{2}", [404, 404, 404, 404, 404, 404, 404, 404, 404, 404] },
        { "GET", "/api/v1/circulars/{1}/final-tally.json", [404, 404, 404, 404, 404, 404, 404, 404, 404, 404] },
        { "GET", "/api/v1/circulars/{1}/final-tally.csv", [404, 404, 404, 404, 404, 404, 404, 404, 404, 404] },
        { "GET", "/api/v1/circulars/{1}/tally", [401, 401, 403, 403, 403, 200, 200, 403, 401, 401] },
        { "GET", "/api/v1/circulars/{1}/replies", [401, 401, 403, 403, 403, 200, 200, 403, 401, 401] },
        { "GET", "/api/v1/circulars/{1}/non-responders", [401, 401, 403, 403, 403, 200, 200, 403, 401, 401] },
        { "GET", "/api/v1/circulars/{1}/reply", [401, 401, 200, 200, 404, 403, 403, 403, 401, 401] },
        { "GET", "/api/v1/circulars/{1}/reply/versions/1/receipt.pdf", [401, 401, 200, 200, 404, 403, 403, 403, 401, 401] },
        { "PUT", "/api/v1/circulars/{1}/reply", [401, 401, 403, 412, 412, 403, 403, 403, 401, 401] },
    };

    private static readonly SemaphoreSlim Setup = new(1, 1);
    private static Dictionary<Caller, string?>? tokens;
    private static (int Published, int Draft) circulars;

    [Fact]
    public void Every_API_endpoint_of_the_application_has_an_expectation()
    {
        var listed = Endpoints.Select(row => $"{row[0]} {Template((string)row[1])}").ToHashSet();
        var actual = portal.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("api/v1", StringComparison.Ordinal) == true)
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m => $"{m} /{Normalize(e.RoutePattern.RawText!)}"))
            .ToHashSet();

        Assert.Equal(listed.Order(), actual.Order());
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Each_caller_gets_the_expected_answer(string method, string url, int[] expected)
    {
        await EnsureSetupAsync();
        var path = url.Replace("{1}", circulars.Published.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{2}", circulars.Draft.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        foreach (var caller in Enum.GetValues<Caller>())
        {
            var client = caller == Caller.BrowserSession
                ? (await portal.SignedInAsync(Roles.Delegate, "FRA")).Http
                : ApiAccess.Client(portal, tokens![caller]);
            var response = method == "PUT"
                ? await ApiAccess.PutReplyAsync(client, circulars.Published, "\"99\"", new { signatory = new { name = "X" }, opinions = Array.Empty<object>() })
                : await client.GetAsync(path);

            Assert.True((int)response.StatusCode == expected[(int)caller], $"{caller} {method} {url}: expected {expected[(int)caller]}, got {(int)response.StatusCode}");
        }
    }

    private static string Template(string url) => url.Replace("{1}", "{circularId}", StringComparison.Ordinal).Replace("{2}", "{circularId}", StringComparison.Ordinal)
        .Replace("/versions/1/", "/versions/{number}/", StringComparison.Ordinal);

    private static string Normalize(string raw) => raw.Replace(":int", string.Empty, StringComparison.Ordinal).TrimEnd('/');

    private async Task EnsureSetupAsync()
    {
        await Setup.WaitAsync();
        try
        {
            if (tokens is not null)
            {
                return;
            }

            var published = await ReplyFixture.PublishedCircularAsync(portal, 5101);
            var draft = await CircularSeeds.AddAsync(portal, CircularSeeds.Draft(5102, new DateOnly(2026, 3, 1), new DateOnly(2026, 7, 1)));
            circulars = (published.Id, draft.Id);
            await TallySeeds.ReplyAsync(portal, published.Id, "FRA", new DateTime(2026, 3, 1, 10, 0, 0, DateTimeKind.Utc), (published.ActiveTexts.First().Id, Opinion.AssignsAuthorityNoComments, null));
            var created = new Dictionary<Caller, string?>
            {
                [Caller.Anonymous] = null,
                [Caller.FranceRead] = await ApiAccess.TokenAsync(portal, Roles.Delegate, "FRA"),
                [Caller.FranceReply] = await ApiAccess.TokenAsync(portal, Roles.Delegate, "FRA", ApiScopes.Reply),
                [Caller.KenyaReply] = await ApiAccess.TokenAsync(portal, Roles.Delegate, "KEN", ApiScopes.Reply),
                [Caller.Secretariat] = await ApiAccess.TokenAsync(portal, Roles.Secretariat),
                [Caller.TsbStaff] = await ApiAccess.TokenAsync(portal, Roles.TsbStaff),
                [Caller.Administrator] = await ApiAccess.TokenAsync(portal, Roles.Administrator),
                [Caller.Revoked] = await ApiAccess.TokenAsync(portal, Roles.Secretariat),
                [Caller.Expired] = await ApiAccess.TokenAsync(portal, Roles.Secretariat),
            };
            await portal.WithDbAsync(async db =>
            {
                var revoked = Features.Api.ApiTokens.Hash(created[Caller.Revoked]!);
                var expired = Features.Api.ApiTokens.Hash(created[Caller.Expired]!);
                (await db.ApiTokens.SingleAsync(t => t.Hash == revoked)).RevokedAtUtc = new DateTime(2026, 3, 1, 0, 0, 0, DateTimeKind.Utc);
                (await db.ApiTokens.SingleAsync(t => t.Hash == expired)).ExpiresAtUtc = new DateTime(2026, 3, 1, 0, 0, 0, DateTimeKind.Utc);
                await db.SaveChangesAsync();
            });
            tokens = created;
        }
        finally
        {
            Setup.Release();
        }
    }
}
