using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Consultations.Web.Composition;

/// <summary>Requests per minute and per client address that the portal accepts on endpoints an attacker would flood.</summary>
public sealed class RateLimitOptions
{
    /// <summary>Sign-in, two-factor, recovery codes, forgotten password, accepting an invitation.</summary>
    public int AccountPerMinute { get; set; } = 20;

    /// <summary>Receipt verification, open to everyone.</summary>
    public int VerifyPerMinute { get; set; } = 60;
}

/// <summary>
/// ASP.NET Core's rate limiter, partitioned by client address: a flood of anonymous requests is answered 429 before it
/// reaches the database or the outbox (a flood of forgot-password requests used to queue hundreds of e-mails).
/// </summary>
public static class RateLimits
{
    public const string Account = "account";
    public const string Verify = "verify";

    public static void Add(IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection("RateLimits").Get<RateLimitOptions>() ?? new RateLimitOptions();
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(Account, context => PerAddress(context, options.AccountPerMinute));
            limiter.AddPolicy(Verify, context => PerAddress(context, options.VerifyPerMinute));
        });
    }

    private static RateLimitPartition<string> PerAddress(HttpContext context, int perMinute) =>
        RateLimitPartition.GetFixedWindowLimiter(
            context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
}
