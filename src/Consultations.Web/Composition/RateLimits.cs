using System.Security.Claims;
using System.Threading.RateLimiting;
using Consultations.Web.Settings;
using Microsoft.AspNetCore.RateLimiting;

namespace Consultations.Web.Composition;

/// <summary>
/// ASP.NET Core's rate limiter: anonymous endpoints partitioned by client address, so that a flood is answered 429
/// before it reaches the database or the outbox (a flood of forgot-password requests used to queue hundreds of
/// e-mails); uploads partitioned by account, so that one account cannot fill the disk from many addresses. Per account
/// as well: Identity's lockout after five failed passwords or codes, and <see cref="RateLimitOptions.ResetMailsPerAccountPerHour"/>.
/// </summary>
public static class RateLimits
{
    public const string Account = "account";
    public const string Verify = "verify";
    public const string Upload = "upload";
    public const string Api = "api";

    public static void Add(IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection("RateLimits").Get<RateLimitOptions>() ?? new RateLimitOptions();
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(Account, context => PerAddress(context, options.AccountPerMinute));
            limiter.AddPolicy(Verify, context => PerAddress(context, options.VerifyPerMinute));
            limiter.AddPolicy(Upload, context => PerAccount(context, options.UploadPerMinute));
            limiter.AddPolicy(Api, context => PerToken(context, options.ApiPerMinute));
        });
        services.AddSingleton(options);
    }

    private static RateLimitPartition<string> PerAccount(HttpContext context, int perMinute) =>
        context.User.FindFirstValue(ClaimTypes.NameIdentifier) is { } userId
            ? RateLimitPartition.GetFixedWindowLimiter(
                "user:" + userId,
                _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })
            : PerAddress(context, perMinute);

    private static RateLimitPartition<string> PerToken(HttpContext context, int perMinute) =>
        context.User.FindFirstValue(Features.Api.ApiTokenAuthentication.TokenClaim) is { } tokenId
            ? RateLimitPartition.GetFixedWindowLimiter(
                "token:" + tokenId,
                _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })
            : PerAddress(context, perMinute);

    private static RateLimitPartition<string> PerAddress(HttpContext context, int perMinute) =>
        RateLimitPartition.GetFixedWindowLimiter(
            context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
}
