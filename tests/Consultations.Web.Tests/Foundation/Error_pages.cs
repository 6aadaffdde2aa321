using System.Net;
using Consultations.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Consultations.Web.Tests.Foundation;

public class Error_pages(Error_pages.FailingPortal portal) : IClassFixture<Error_pages.FailingPortal>
{
    [Fact]
    public async Task An_unexpected_failure_shows_a_friendly_page_with_a_reference_and_no_details()
    {
        var response = await portal.CreateClient().GetAsync("/test-failure");
        var html = await response.Content.ReadAsStringAsync();
        var page = await PortalClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("Something went wrong", page.QuerySelector("h1")!.TextContent);
        Assert.Equal(response.Headers.GetValues("X-Correlation-Id").Single(), page.QuerySelector("main code")!.TextContent);
        Assert.DoesNotContain("secret detail", html);
        Assert.DoesNotContain("at Consultations", html);
    }

    /// <summary>The portal with one extra address that fails, behind the portal's own error handling.</summary>
    public sealed class FailingPortal : PortalFactory
    {
        protected override void ConfigureTestServices(IServiceCollection services) =>
            services.AddSingleton<IStartupFilter>(new FailingEndpoint());

        private sealed class FailingEndpoint : IStartupFilter
        {
            public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
            {
                next(app);
                app.Map("/test-failure", failing => failing.Run(_ => throw new InvalidOperationException("secret detail")));
            };
        }
    }
}
