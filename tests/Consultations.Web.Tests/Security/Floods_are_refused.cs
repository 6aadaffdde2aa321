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
        await portal.WithDbAsync(async db => Assert.Equal(5, await db.OutboxMessages.CountAsync(m => m.ToAddress == account.Email)));
        Assert.Equal(HttpStatusCode.TooManyRequests, (await client.Http.PostAsync("/account/sign-in", new FormUrlEncodedContent(new Dictionary<string, string>()))).StatusCode);
    }

    public sealed class LimitedPortal : PortalFactory
    {
        protected override IEnumerable<KeyValuePair<string, string>> Settings => [new("RateLimits:AccountPerMinute", "5")];

        protected override void ConfigureTestServices(IServiceCollection services) =>
            services.AddTransient<IStartupFilter, ClientAddress>();
    }

    /// <summary>The test server has no socket; this gives each request the client address Kestrel would, before any other middleware.</summary>
    private sealed class ClientAddress : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                context.Connection.RemoteIpAddress = System.Net.IPAddress.Parse("198.51.100.7");
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
