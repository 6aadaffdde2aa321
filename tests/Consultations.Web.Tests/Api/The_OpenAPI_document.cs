using System.Net;
using Consultations.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;

namespace Consultations.Web.Tests.Api;

/// <summary>The OpenAPI document validates, describes every API endpoint with its responses, and has a reference page.</summary>
public class The_OpenAPI_document(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task It_validates_and_describes_every_endpoint_with_its_responses()
    {
        var json = await portal.CreateClient().GetStringAsync("/openapi/v1.json");
        var read = OpenApiDocument.Parse(json, "json", new OpenApiReaderSettings());
        var document = read.Document!;

        Assert.Empty(read.Diagnostic!.Errors);
        Assert.Empty(document.Validate(ValidationRuleSet.GetDefaultRuleSet())!);
        var endpoints = portal.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("api/v1", StringComparison.Ordinal) == true)
            .SelectMany(e => e.Metadata.GetMetadata<HttpMethodMetadata>()!.HttpMethods.Select(m => (Method: m, Path: "/" + e.RoutePattern.RawText!.Replace(":int", string.Empty, StringComparison.Ordinal).TrimEnd('/'))))
            .ToList();
        Assert.NotEmpty(endpoints);
        foreach (var (method, path) in endpoints)
        {
            Assert.True(document.Paths.TryGetValue(path, out var item), $"{path} is not in the document");
            var operation = item!.Operations![HttpMethod.Parse(method)];
            Assert.False(string.IsNullOrWhiteSpace(operation.Summary), $"{method} {path} has no summary");
            Assert.Contains(operation.Responses!.Keys, code => code.StartsWith('2'));
            if (path.Contains('{', StringComparison.Ordinal))
            {
                Assert.True(operation.Responses.ContainsKey("404"), $"{method} {path} does not describe 404");
            }

            if (operation.Security is { Count: > 0 })
            {
                Assert.True(operation.Responses.ContainsKey("401") && operation.Responses.ContainsKey("403"), $"{method} {path} does not describe 401 and 403");
            }
        }

        Assert.Contains("Bearer", document.Components!.SecuritySchemes!.Keys);
        Assert.NotEmpty(document.Paths["/api/v1/circulars/{circularId}/tally"].Operations![HttpMethod.Get].Security!);
        Assert.Null(document.Paths["/api/v1/circulars"].Operations![HttpMethod.Get].Security);
    }

    [Fact]
    public async Task The_reference_page_opens_without_signing_in()
    {
        var response = await portal.CreateClient().GetAsync("/api/reference/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        var script = await portal.CreateClient().GetAsync("/api/reference/scalar.js");

        Assert.Contains("openapi/v1.json", html);
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
    }
}
