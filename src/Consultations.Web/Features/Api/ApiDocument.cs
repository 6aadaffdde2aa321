using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Scalar.AspNetCore;

namespace Consultations.Web.Features.Api;

/// <summary>The OpenAPI document of <c>/api/v1</c> (generated from the controllers) and its interactive reference page.</summary>
public static class ApiDocument
{
    public const string DocumentPath = "/openapi/{documentName}.json";
    public const string ReferencePath = "/api/reference";
    private const string Bearer = "Bearer";

    public static void Configure(OpenApiOptions options)
    {
        options.ShouldInclude = description => description.RelativePath?.StartsWith("api/v1", StringComparison.Ordinal) == true;
        options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info = new OpenApiInfo
            {
                Title = "ITU-T Consultations API",
                Version = "v1",
                Description = "Member State consultations under the Traditional Approval Procedure (WTSA Resolution 1, section 9): "
                    + "published circulars and their final tallies for everyone; with a personal access token, an administration's "
                    + "own reply (read, submit, revise) and, for the secretariat and TSB, the live tally.",
            };
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes[Bearer] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                Description = "A personal access token (cst_…) created on the profile page.",
            };
            return Task.CompletedTask;
        });
        options.AddOperationTransformer((operation, context, _) =>
        {
            var metadata = context.Description.ActionDescriptor.EndpointMetadata;
            if (metadata.OfType<IAuthorizeData>().Any() && !metadata.OfType<IAllowAnonymous>().Any())
            {
                operation.Security ??= [];
                operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(Bearer, context.Document)] = [] });
            }

            return Task.CompletedTask;
        });
    }

    public static void Map(WebApplication app)
    {
        app.MapOpenApi(DocumentPath).AllowAnonymous();
        app.MapScalarApiReference(ReferencePath, options => options
            .WithTitle("ITU-T Consultations API")
            .WithOpenApiRoutePattern(DocumentPath)
            .DisableDefaultFonts())
            .AllowAnonymous();
    }
}
