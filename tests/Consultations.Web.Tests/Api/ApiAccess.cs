using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Consultations.Infrastructure.Identity;
using Consultations.Testing;
using Consultations.Web.Features.Api;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Consultations.Web.Tests.Api;

/// <summary>Tokens and clients for the API tests.</summary>
public static class ApiAccess
{
    public static Task<string> TokenAsync(PortalFactory portal, string role, string? memberState = null, string scope = ApiScopes.Read, int days = 30) =>
        portal.WithScopeAsync(async services =>
        {
            var account = await portal.CreateAccountAsync(role, memberState, twoFactor: true);
            var user = (await services.GetRequiredService<UserManager<ApplicationUser>>().FindByIdAsync(account.Id))!;
            return await services.GetRequiredService<ApiTokens>().CreateAsync(user, role == Roles.Delegate, "test system", scope, days);
        });

    public static HttpClient Client(PortalFactory portal, string? token)
    {
        var client = portal.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return client;
    }

    public static async Task<HttpResponseMessage> PutReplyAsync(HttpClient client, int circularId, string? ifMatch, object body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/circulars/{circularId}/reply") { Content = JsonContent.Create(body) };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return await client.SendAsync(request);
    }

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
}
