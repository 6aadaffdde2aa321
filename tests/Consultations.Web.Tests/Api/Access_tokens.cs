using System.Net;
using System.Net.Http.Headers;
using Consultations.Infrastructure.Identity;
using Consultations.Testing;
using Microsoft.EntityFrameworkCore;

namespace Consultations.Web.Tests.Api;

/// <summary>Tokens as users manage them on their profile: two-factor first, shown once, stored hashed, revocable.</summary>
public class Access_tokens(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Without_two_factor_no_token_can_be_created()
    {
        var account = await portal.CreateAccountAsync(Roles.Secretariat);
        var client = portal.CreatePortalClient();
        await client.SignInAsync(account);

        var page = await client.GetPageAsync("/profile/tokens");
        var refused = await client.PostAsync("/profile/tokens", new Dictionary<string, string> { ["Form.Name"] = "tracker", ["Form.Scope"] = "read", ["Form.Days"] = "30" }, "/profile/tokens");

        Assert.NotNull(page.QuerySelector("#two-factor-first"));
        Assert.Null(page.QuerySelector("form[action='/profile/tokens']"));
        Assert.Contains("Turn on two-factor authentication", (await PortalClient.ParseAsync(refused)).QuerySelector("#form-errors")!.TextContent);
        await portal.WithDbAsync(async db => Assert.False(await db.ApiTokens.AnyAsync(t => t.UserId == account.Id)));
    }

    [Fact]
    public async Task A_token_is_shown_once_stored_hashed_works_and_stops_when_revoked()
    {
        var account = await portal.CreateAccountAsync(Roles.Delegate, "FRA", twoFactor: true);
        var client = portal.CreatePortalClient();
        await client.SignInAsync(account);

        var created = await client.PostAsync("/profile/tokens", new Dictionary<string, string> { ["Form.Name"] = "National tracker", ["Form.Scope"] = ApiScopes.Reply, ["Form.Days"] = "90" }, "/profile/tokens");
        var shown = await client.GetPageAsync(PortalAssert.PathOf(created.Headers.Location!));
        var secret = shown.QuerySelector("#new-token")!.GetAttribute("value")!;
        var again = await client.GetPageAsync("/profile/tokens");
        var api = ApiAccess.Client(portal, secret);
        var before = await api.GetAsync("/api/v1/circulars/1/reply");
        var row = again.QuerySelector("#tokens tr[data-token]")!;
        var revoke = await client.PostAsync($"/profile/tokens/{row.GetAttribute("data-token")}/revoke", new Dictionary<string, string>(), "/profile/tokens");
        var after = await api.GetAsync("/api/v1/circulars/1/reply");

        Assert.StartsWith("cst_", secret);
        Assert.Null(again.QuerySelector("#new-token"));
        Assert.Contains("National tracker", row.TextContent);
        Assert.NotEqual(HttpStatusCode.Unauthorized, before.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, revoke.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
        Assert.Equal("Bearer", after.Headers.WwwAuthenticate.Single().Scheme);
        await portal.WithDbAsync(async db =>
        {
            var token = await db.ApiTokens.SingleAsync(t => t.UserId == account.Id);
            Assert.NotEqual(secret, token.Hash);
            Assert.DoesNotContain(secret[4..], token.Hash);
            Assert.Equal(ApiScopes.Reply, token.Scope);
            Assert.NotNull(token.LastUsedAtUtc);
            var actions = await db.AuditRecords.Where(a => a.EntityType == "ApiToken" && a.EntityId == token.Id.ToString()).Select(a => a.Action).ToListAsync();
            Assert.Equal(["ApiToken.Created", "ApiToken.Used", "ApiToken.Revoked"], actions);
        });
    }

    [Fact]
    public async Task Only_delegates_may_create_tokens_that_reply_and_a_user_without_two_factor_loses_the_API()
    {
        var account = await portal.CreateAccountAsync(Roles.TsbStaff, twoFactor: true);
        var client = portal.CreatePortalClient();
        await client.SignInAsync(account);
        var refused = await client.PostAsync("/profile/tokens", new Dictionary<string, string> { ["Form.Name"] = "x", ["Form.Scope"] = ApiScopes.Reply, ["Form.Days"] = "30" }, "/profile/tokens");
        var secret = await ApiAccess.TokenAsync(portal, Roles.Secretariat);
        var api = ApiAccess.Client(portal, secret);
        var before = await api.GetAsync("/api/v1/circulars/1/tally");
        await portal.WithDbAsync(async db =>
        {
            var hash = Features.Api.ApiTokens.Hash(secret);
            var owner = await db.ApiTokens.Where(t => t.Hash == hash).Select(t => t.UserId).SingleAsync();
            (await db.Users.SingleAsync(u => u.Id == owner)).TwoFactorEnabled = false;
            await db.SaveChangesAsync();
        });
        var after = await api.GetAsync("/api/v1/circulars/1/tally");

        Assert.Contains("Only delegates", (await PortalClient.ParseAsync(refused)).QuerySelector("#form-errors")!.TextContent);
        Assert.NotEqual(HttpStatusCode.Unauthorized, before.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
    }
}
