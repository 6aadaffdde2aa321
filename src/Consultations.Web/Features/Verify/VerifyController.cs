using System.Text.RegularExpressions;
using Consultations.Infrastructure.Persistence;
using Consultations.Web.Composition;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;

namespace Consultations.Web.Features.Verify;

/// <summary>Anyone holding a receipt checks its reference and digest against what the portal stored.</summary>
[AllowAnonymous]
public sealed partial class VerifyController(AppDbContext db) : Controller
{
    [HttpGet("/verify")]
    [EnableRateLimiting(RateLimits.Verify)]
    public async Task<IActionResult> Index(string? reference, string? digest)
    {
        if (string.IsNullOrWhiteSpace(reference) || string.IsNullOrWhiteSpace(digest))
        {
            return View(new VerifyPage(reference, digest, null, null));
        }

        var match = ReferencePattern().Match(reference.Trim());
        if (!match.Success)
        {
            return View(new VerifyPage(reference, digest, false, null));
        }

        var number = int.Parse(match.Groups["number"].Value, System.Globalization.CultureInfo.InvariantCulture);
        var code = match.Groups["state"].Value;
        var version = int.Parse(match.Groups["version"].Value, System.Globalization.CultureInfo.InvariantCulture);
        int? year = match.Groups["year"].Success ? int.Parse(match.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture) : null;
        var candidates = await db.Replies.AsNoTracking()
            .Where(r => r.MemberStateCode == code && db.Circulars.Any(c => c.Id == r.CircularId && c.Number == number && (year == null || c.Year == year)))
            .ToListAsync();
        var stored = candidates.SelectMany(r => r.Versions).FirstOrDefault(v => v.Number == version && v.Digest == digest.Trim().ToLowerInvariant());
        return View(new VerifyPage(reference, digest, stored is not null, stored?.ReceivedAtUtc));
    }

    /// <summary>C104-2026-FRA-v1; receipts issued before the year was part of the reference read C104-FRA-v1 and still verify by their digest.</summary>
    [GeneratedRegex(@"^C(?<number>\d{1,5})-(?:(?<year>\d{4})-)?(?<state>[A-Z]{3})-v(?<version>\d{1,4})$")]
    private static partial Regex ReferencePattern();
}

public sealed record VerifyPage(string? Reference, string? Digest, bool? Valid, DateTime? ReceivedAtUtc);
