using System.Globalization;
using Consultations.Infrastructure.Identity;
using Consultations.Web.Authorization;
using Consultations.Web.Features.Tally;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Consultations.Web.Features.Circulars;

[Authorize(Policy = Policies.SignedIn)]
public sealed class CircularsController(CircularQueries queries, TallyReading tally, FinalTallies finals, TimeProvider clock) : Controller
{
    [HttpGet("/circulars")]
    public async Task<IActionResult> Index(string? status, string? q, CancellationToken cancellationToken) =>
        View(await queries.ListAsync(status, q, User.IsInRole(Roles.TsbStaff), cancellationToken));

    /// <summary>Published circulars for everyone, linked to their public pages.</summary>
    [AllowAnonymous]
    [HttpGet("/public/circulars")]
    public async Task<IActionResult> PublicIndex(string? status, string? q, CancellationToken cancellationToken) =>
        View(nameof(Index), (await queries.ListAsync(status, q, includeDrafts: false, cancellationToken)) with { IsPublic = true });

    [HttpGet("/circulars/{id:int}")]
    public async Task<IActionResult> Show(int id, string? lang)
    {
        var circular = await queries.FindAsync(id, publishedOnly: !User.IsInRole(Roles.TsbStaff));
        if (circular is null)
        {
            return NotFound();
        }

        var page = Page(circular, lang, isPublic: false);
        if (User.IsInRole(Roles.Delegate) && User.MemberStateCode() is { } code && circular.IsPublished)
        {
            page = page with { OwnReply = await queries.ReplyStateAsync(circular, code, User.UserId()!) };
        }

        if (TallyVisibility.SeesFinalResults(User, circular, page.NowUtc) && circular.DeadlinePassedAt(page.NowUtc))
        {
            page = page with { Results = await tally.ReadAsync(circular.Id) };
        }

        return View(page with { FinalTallies = await finals.HistoryAsync(circular.Id) });
    }

    [AllowAnonymous]
    [HttpGet("/public/circulars/{id:int}")]
    public async Task<IActionResult> Public(int id, string? lang)
    {
        var circular = await queries.FindAsync(id, publishedOnly: true);
        if (circular is null)
        {
            return NotFound();
        }

        var page = Page(circular, lang, isPublic: true);
        if (TallyVisibility.PublicSeesResults(circular, page.NowUtc))
        {
            page = page with { Results = await tally.ReadAsync(circular.Id) };
        }

        return View("Show", page with { FinalTallies = await finals.HistoryAsync(circular.Id) });
    }

    private CircularPage Page(Consultations.Domain.Circulars.Circular circular, string? lang, bool isPublic)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var language = lang is not null && circular.Languages.Contains(lang)
            ? lang
            : circular.Languages.Contains(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName) ? CultureInfo.CurrentUICulture.TwoLetterISOLanguageName : "en";
        return new CircularPage(circular, circular.StatusAt(now), language, now, isPublic);
    }
}
