using System.Net;
using Consultations.Infrastructure.Identity;
using Consultations.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Consultations.Web.Tests.Security;

/// <summary>Findings 4 and 7, in part: a flood of forgot-password requests is answered 429 and queues no more e-mail, whatever X-Forwarded-For says.</summary>
public class Floods_are_refused(Floods_are_refused.LimitedPortal portal) : IClassFixture<Floods_are_refused.LimitedPortal>
{
    [Fact]
    public async Task Forgot_password_requests_past_the_limit_answer_429_and_queue_nothing()
    {
        var account = await portal.CreateAccountAsync(Roles.Secretariat);
        var client = portal.CreatePortalClient();
        var token = (await client.GetPageAsync("/account/forgot-password")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 12; i++)
        {
            // A forged X-Forwarded-For from a client that is not a known proxy changes nothing: the limit stays per real address.
            using var request = new HttpRequestMessage(HttpMethod.Post, "/account/forgot-password")
            {
                Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["Email"] = account.Email, ["__RequestVerificationToken"] = token }),
            };
            request.Headers.Add("X-Forwarded-For", $"203.0.113.{i + 1}");
            var response = await client.Http.SendAsync(request);
            statuses.Add(response.StatusCode);
        }

        Assert.Equal(5, statuses.Count(s => s == HttpStatusCode.OK));
        Assert.Equal(7, statuses.Count(s => s == HttpStatusCode.TooManyRequests));
        // Five answered alike, but the account's hourly share of reset e-mails is three.
        await portal.WithDbAsync(async db => Assert.Equal(3, await db.OutboxMessages.CountAsync(m => m.ToAddress == account.Email)));
        Assert.Equal(HttpStatusCode.TooManyRequests, (await client.Http.PostAsync("/account/sign-in", new FormUrlEncodedContent(new Dictionary<string, string>()))).StatusCode);
    }

    [Fact]
    public async Task Reset_requests_from_many_addresses_queue_three_e_mails_an_hour_for_one_account()
    {
        var account = await portal.CreateAccountAsync(Roles.Secretariat);
        var client = portal.CreatePortalClient();
        var token = (await client.GetPageAsync("/account/forgot-password")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        for (var i = 0; i < 6; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/account/forgot-password")
            {
                Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["Email"] = account.Email, ["__RequestVerificationToken"] = token }),
            };
            request.Headers.Add(ClientAddress.Header, $"192.0.2.{i + 1}");
            Assert.Equal(HttpStatusCode.OK, (await client.Http.SendAsync(request)).StatusCode);
        }

        await portal.WithDbAsync(async db => Assert.Equal(3, await db.OutboxMessages.CountAsync(m => m.ToAddress == account.Email)));
    }

    [Fact]
    public async Task Posts_that_carry_files_are_limited_per_account_whatever_the_address()
    {
        var first = await SignedInFromAsync("192.0.2.50", "KEN");
        var second = await SignedInFromAsync("192.0.2.51", "PER");

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/replies/1") { Content = new MultipartFormDataContent() };
            request.Headers.Add(ClientAddress.Header, $"192.0.2.{100 + i}");
            statuses.Add((await first.Http.SendAsync(request)).StatusCode);
        }

        // Without an antiforgery token the first two are refused by the form (400); the third never reaches it.
        Assert.Equal([HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.BadRequest, (await second.Http.PostAsync("/replies/1", new MultipartFormDataContent())).StatusCode);
    }

    /// <summary>A delegate signed in from an address of its own, so that the sign-in limit of one test does not spend another's.</summary>
    private async Task<PortalClient> SignedInFromAsync(string address, string memberState)
    {
        var client = portal.CreatePortalClient();
        client.Http.DefaultRequestHeaders.Add(ClientAddress.Header, address);
        await client.SignInAsync(await portal.CreateAccountAsync(Roles.Delegate, memberState, twoFactor: true));
        return client;
    }

    public sealed class LimitedPortal : PortalFactory
    {
        protected override IEnumerable<KeyValuePair<string, string>> Settings => [new("RateLimits:AccountPerMinute", "5"), new("RateLimits:UploadPerMinute", "2")];

        protected override void ConfigureTestServices(IServiceCollection services) =>
            services.AddTransient<IStartupFilter, ClientAddress>();
    }

    /// <summary>
    /// The test server has no socket; this gives each request the client address Kestrel would, before any other
    /// middleware: 198.51.100.7, or the one a test names in <see cref="Header"/> to stand for many clients.
    /// </summary>
    private sealed class ClientAddress : IStartupFilter
    {
        public const string Header = "X-Test-Client-Address";

        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                context.Connection.RemoteIpAddress = System.Net.IPAddress.Parse(context.Request.Headers[Header].FirstOrDefault() ?? "198.51.100.7");
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
