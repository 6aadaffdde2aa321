using Consultations.Infrastructure.Identity;
using Consultations.Web.Composition;
using Consultations.Web.Settings;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Consultations.Web.Demo;

/// <summary>Demo accounts for a newcomer's first run. Runs in the Development environment only, and only when Demo:SeedAccounts is on.</summary>
public sealed class DemoSeeder(
    UserManager<ApplicationUser> users,
    DemoCirculars circulars,
    IOptions<DemoOptions> options,
    IConfiguration configuration,
    IHostEnvironment environment,
    TimeProvider clock,
    ILogger<DemoSeeder> logger)
{
    public static readonly IReadOnlyList<DemoAccount> Accounts =
    [
        new("admin@example.org", "Ada Admin", Roles.Administrator, null),
        new("tsb@example.org", "Tomás TSB", Roles.TsbStaff, null),
        new("secretariat@example.org", "Sofia Secretariat", Roles.Secretariat, null),
        new("france@example.org", "Jeanne Martin", Roles.Delegate, "FRA"),
        new("china@example.org", "Li Wei", Roles.Delegate, "CHN"),
        new("kenya@example.org", "Amani Otieno", Roles.Delegate, "KEN"),
    ];

    public async Task SeedAsync()
    {
        if (!environment.IsDevelopment() || !options.Value.SeedAccounts)
        {
            return;
        }

        var password = configuration["Demo:Password"];
        if (string.IsNullOrEmpty(password))
        {
            logger.LogWarning("Demo:Password is not set; no demo accounts were created.");
            return;
        }

        await circulars.SeedAsync();
        var created = new List<DemoAccount>();
        foreach (var account in Accounts)
        {
            if (await users.FindByEmailAsync(account.Email) is not null)
            {
                continue;
            }

            var user = new ApplicationUser
            {
                UserName = account.Email,
                Email = account.Email,
                EmailConfirmed = true,
                DisplayName = account.Name,
                MemberStateCode = account.MemberStateCode,
                DesignatedFrom = account.MemberStateCode is null ? null : new DateOnly(2024, 1, 1),
                JobTitle = account.MemberStateCode is null ? null : "Head of Standardization",
                PreferredLanguage = "en",
                CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
                IsDemo = true,
            };
            var result = await users.CreateAsync(user, password);
            if (!result.Succeeded)
            {
                logger.LogWarning("Demo account {Email} was not created: {Errors}", account.Email, string.Join("; ", result.Errors.Select(e => e.Description)));
                continue;
            }

            await users.AddToRoleAsync(user, account.Role);
            created.Add(account);
        }

        if (created.Count > 0)
        {
            // Shown once, on the run that creates them; Development only.
            Console.WriteLine();
            Console.WriteLine("Demo accounts (Development only), all with the password " + password + ":");
            foreach (var account in created)
            {
                Console.WriteLine($"  {account.Email,-26} {account.Role}{(account.MemberStateCode is null ? string.Empty : " of " + account.MemberStateCode)}");
            }

            Console.WriteLine();
        }
    }
}

public sealed record DemoAccount(string Email, string Name, string Role, string? MemberStateCode);
