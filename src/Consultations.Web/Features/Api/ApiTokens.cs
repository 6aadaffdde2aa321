using System.Globalization;
using Consultations.Domain.Common;
using Consultations.Infrastructure.Auditing;
using Consultations.Infrastructure.Identity;
using Consultations.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Consultations.Web.Features.Api;

/// <summary>Personal access tokens: created with two-factor on, shown once, stored hashed, listed and revocable.</summary>
public sealed class ApiTokens(AppDbContext db, AuditLog audit, UnitOfWork unitOfWork, TimeProvider clock)
{
    public const string Prefix = "cst_";
    public static readonly int[] LifetimesInDays = [30, 90, 365];

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public Task<List<ApiToken>> ListAsync(string userId) =>
        db.ApiTokens.AsNoTracking().Where(t => t.UserId == userId).OrderByDescending(t => t.CreatedAtUtc).ToListAsync();

    /// <summary>Creates a token and returns its secret, which is never stored and never shown again.</summary>
    public async Task<string> CreateAsync(ApplicationUser user, bool isDelegate, string name, string scope, int days)
    {
        if (!user.TwoFactorEnabled)
        {
            throw new DomainException("ApiToken.TwoFactorRequired", "Turn on two-factor authentication before you create an access token.");
        }

        if (!ApiScopes.IsKnown(scope) || (scope == ApiScopes.Reply && !isDelegate))
        {
            throw new DomainException("ApiToken.Scope", "Only delegates can create a token that submits replies.");
        }

        if (!LifetimesInDays.Contains(days))
        {
            throw new DomainException("ApiToken.Lifetime", "Choose how long the token is valid.");
        }

        if (string.IsNullOrWhiteSpace(name) || name.Trim().Length > 100)
        {
            throw new DomainException("ApiToken.Name", "Name the token (at most 100 characters), for example after the system that uses it.");
        }

        var secret = Secrets.New(Prefix);
        await unitOfWork.InTransactionAsync(async () =>
        {
            var token = new ApiToken
            {
                UserId = user.Id,
                Name = name.Trim(),
                Hash = Hash(secret),
                Scope = scope,
                CreatedAtUtc = Now,
                ExpiresAtUtc = Now.AddDays(days),
            };
            db.ApiTokens.Add(token);
            await db.SaveChangesAsync();
            audit.Record("ApiToken.Created", "ApiToken", token.Id.ToString(CultureInfo.InvariantCulture), $"{token.Name}; {scope}; until {token.ExpiresAtUtc:yyyy-MM-dd}");
        });
        return secret;
    }

    public async Task<bool> RevokeAsync(string userId, int tokenId)
    {
        var token = await db.ApiTokens.FirstOrDefaultAsync(t => t.Id == tokenId && t.UserId == userId);
        if (token is null || token.RevokedAtUtc is not null)
        {
            return false;
        }

        await unitOfWork.InTransactionAsync(token, current =>
        {
            current.RevokedAtUtc = Now;
            audit.Record("ApiToken.Revoked", "ApiToken", current.Id.ToString(CultureInfo.InvariantCulture), current.Name);
            return Task.CompletedTask;
        });
        return true;
    }

    /// <summary>The active token with this secret and its user, or null.</summary>
    public async Task<(ApiToken Token, ApplicationUser User)?> FindAsync(string secret)
    {
        if (!secret.StartsWith(Prefix, StringComparison.Ordinal) || secret.Length > 100)
        {
            return null;
        }

        var hash = Hash(secret);
        var found = await (from token in db.ApiTokens
                           join user in db.Users on token.UserId equals user.Id
                           where token.Hash == hash
                           select new { token, user }).FirstOrDefaultAsync();
        return found is null || !found.token.IsActiveAt(Now) ? null : (found.token, found.user);
    }

    public static string Hash(string secret) => Secrets.Hash(secret);
}
