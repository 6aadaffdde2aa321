using Consultations.Infrastructure.Identity;
using Consultations.Infrastructure.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Consultations.Testing;

/// <summary>The portal in memory over a fresh SQLite file of its own, with a clock the test moves.</summary>
public class PortalFactory : WebApplicationFactory<Program>
{
    public const string Password = "Test-Password-2026";

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));

    public string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), "consultations-tests", Guid.NewGuid().ToString("N"));

    protected virtual string EnvironmentName => "Testing";

    protected virtual IEnumerable<KeyValuePair<string, string>> Settings => [];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(EnvironmentName);
        builder.UseSetting("Portal:DataDirectory", DataDirectory);
        builder.UseSetting("Portal:PublicBaseUrl", "http://localhost");

        // Every test of a class shares one server and one client address; the limits are tested on a portal of their own.
        builder.UseSetting("RateLimits:AccountPerMinute", "100000");
        builder.UseSetting("RateLimits:VerifyPerMinute", "100000");
        builder.UseSetting("RateLimits:UploadPerMinute", "100000");
        builder.UseSetting("RateLimits:ApiPerMinute", "100000");
        builder.UseSetting("Email:DispatcherEnabled", "false");
        builder.UseSetting("Tally:WatcherEnabled", "false");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            ConfigureTestServices(services);
        });
    }

    protected virtual void ConfigureTestServices(IServiceCollection services)
    {
    }

    public PortalClient CreatePortalClient() =>
        new(CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }));

    public async Task<T> WithScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        using var scope = Services.CreateScope();
        return await work(scope.ServiceProvider);
    }

    public Task WithDbAsync(Func<AppDbContext, Task> work) =>
        WithScopeAsync(async services =>
        {
            await work(services.GetRequiredService<AppDbContext>());
            return true;
        });

    /// <summary>A new client signed in with a new account of the role (a delegate enrolled in two-factor for its Member State).</summary>
    public async Task<PortalClient> SignedInAsync(string role, string? memberState = null)
    {
        var client = CreatePortalClient();
        await client.SignInAsync(await CreateAccountAsync(role, memberState, twoFactor: memberState is not null));
        return client;
    }

    /// <summary>What the deadline watcher does each minute (reminders, final tallies), run once now.</summary>
    public Task RunDeadlineTasksAsync() =>
        WithScopeAsync(async services =>
        {
            await services.GetRequiredService<Consultations.Web.Features.Tally.DeadlineTasks>().RunAsync();
            return true;
        });

    /// <summary>Creates an active account; for a delegate with two-factor, returns the authenticator key.</summary>
    public Task<TestAccount> CreateAccountAsync(string role, string? memberState = null, bool twoFactor = false, string? email = null) =>
        WithScopeAsync(async services =>
        {
            var users = services.GetRequiredService<UserManager<ApplicationUser>>();
            email ??= $"{role.ToLowerInvariant()}-{memberState?.ToLowerInvariant() ?? "x"}-{Guid.NewGuid():N}@example.org";
            var user = new ApplicationUser
            {
                UserName = email,
                Email = email,
                EmailConfirmed = true,
                DisplayName = $"{role} {memberState}".Trim(),
                MemberStateCode = memberState,
                DesignatedFrom = memberState is null ? null : new DateOnly(2025, 1, 1),
                CreatedAtUtc = Clock.GetUtcNow().UtcDateTime,
            };
            Check(await users.CreateAsync(user, Password));
            Check(await users.AddToRoleAsync(user, role));
            string? key = null;
            if (twoFactor)
            {
                Check(await users.ResetAuthenticatorKeyAsync(user));
                key = await users.GetAuthenticatorKeyAsync(user);
                Check(await users.SetTwoFactorEnabledAsync(user, true));
            }

            return new TestAccount(user.Id, email, Password, key);
        });

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(DataDirectory) && Environment.GetEnvironmentVariable("CONSULTATIONS_KEEP_TEST_DATA") is null)
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}

public sealed record TestAccount(string Id, string Email, string Password, string? AuthenticatorKey);
