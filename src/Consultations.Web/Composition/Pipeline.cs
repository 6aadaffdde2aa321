using Consultations.Infrastructure.Persistence;
using Consultations.Web.Demo;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Serilog;

namespace Consultations.Web.Composition;

public static class Pipeline
{
    public static async Task InitializeDatabaseAsync(this WebApplication app)
    {
        using var scope = app.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync();
        await scope.ServiceProvider.GetRequiredService<FirstAdministrator>().EnsureAsync();
        if (app.Environment.IsDevelopment())
        {
            await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync();
        }
    }

    public static void UseConsultations(this WebApplication app)
    {
        app.UseForwardedHeaders();
        app.UseExceptionHandler("/error/500");
        app.UseStatusCodePagesWithReExecute("/error/{0}");
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.UseCookiePolicy();
        app.UseMiddleware<CorrelationIdMiddleware>();
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseSerilogRequestLogging(options =>
        {
            options.EnrichDiagnosticContext = (diagnostics, http) =>
            {
                diagnostics.Set("UserName", http.User.Identity?.Name ?? "anonymous");
            };
        });
        app.UseStaticFiles();
        app.UseRouting();
        app.UseAuthentication();
        // A request with an API token is authenticated before the rate limiter, so that the API is limited per token.
        app.Use(Features.Api.ApiTokenAuthentication.AuthenticateBearerAsync);
        // After authentication, so that a signed-in user's own language applies on any device.
        app.UseRequestLocalization();
        // After authentication, so that uploads are limited per account; anonymous endpoints per client address.
        app.UseRateLimiter();
        app.UseAuthorization();

        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") });
        app.MapControllers();
        Features.Api.ApiDocument.Map(app);
    }
}
