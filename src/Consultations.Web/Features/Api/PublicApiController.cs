using Consultations.Infrastructure.Persistence;
using Consultations.Web.Composition;
using Consultations.Web.Features.Circulars;
using Consultations.Web.Features.Shared;
using Consultations.Web.Features.Tally;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;

namespace Consultations.Web.Features.Api;

/// <summary>Open data, no sign-in: published circulars, and after the deadline their final tally where the circular's results are public.</summary>
[ApiController]
[AllowAnonymous]
[Route("api/v1/circulars")]
[EnableRateLimiting(RateLimits.Api)]
[Tags("Circulars (public)")]
public sealed class PublicApiController(
    AppDbContext db,
    CircularQueries queries,
    TallyReading tally,
    TallyExports exports,
    PortalLinks links,
    TimeProvider clock) : ControllerBase
{
    public const int PageSize = 50;

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>Published circulars, newest first, 50 a page; optionally of one year or one study group.</summary>
    [EndpointSummary("List published circulars")]
    [HttpGet("")]
    [ProducesResponseType<IReadOnlyList<ApiCircular>>(StatusCodes.Status200OK)]
    public async Task<IReadOnlyList<ApiCircular>> List(int? year, int? studyGroup, int page = 1, CancellationToken cancellationToken = default)
    {
        var query = db.Circulars.AsNoTracking().Where(c => c.PublishedAtUtc != null);
        if (year is not null)
        {
            query = query.Where(c => c.Year == year);
        }

        if (studyGroup is not null)
        {
            query = query.Where(c => c.StudyGroup == studyGroup);
        }

        var circulars = await query.OrderByDescending(c => c.Date).ThenByDescending(c => c.Number)
            .Skip((Math.Max(page, 1) - 1) * PageSize).Take(PageSize)
            .ToListAsync(cancellationToken);
        return [.. circulars.Select(c => ApiMapping.Circular(c, Now, PublicPage))];
    }

    /// <summary>A published circular: its texts in every language held, notes, amendments, and its final tally once public.</summary>
    [EndpointSummary("Read a published circular")]
    [HttpGet("{circularId:int}")]
    [ProducesResponseType<ApiCircularDetail>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public async Task<IActionResult> Get(int circularId, CancellationToken cancellationToken)
    {
        if (await queries.FindAsync(circularId, publishedOnly: true) is not { } circular)
        {
            return NotFound();
        }

        var final = TallyVisibility.PublicSeesResults(circular, Now) && await tally.ReadAsync(circularId, cancellationToken) is { Final: not null } view
            ? ApiMapping.Tally(circular, view.Tally, withNonResponders: false)
            : null;
        return Ok(ApiMapping.Detail(circular, Now, PublicPage, final));
    }

    /// <summary>The final tally after the deadline, as JSON, where the circular's results are public.</summary>
    [EndpointSummary("Final tally as JSON (open data)")]
    [HttpGet("{circularId:int}/final-tally.json")]
    [ProducesResponseType<ApiTally>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public async Task<IActionResult> FinalTallyJson(int circularId, CancellationToken cancellationToken) =>
        await PublicFinalAsync(circularId, cancellationToken) is { } view
            ? Ok(ApiMapping.Tally(view.Circular, view.Tally, withNonResponders: false))
            : NotFound();

    /// <summary>The final tally after the deadline, as CSV (RFC 4180), where the circular's results are public.</summary>
    [EndpointSummary("Final tally as CSV (open data)")]
    [HttpGet("{circularId:int}/final-tally.csv")]
    [ProducesResponseType<string>(StatusCodes.Status200OK, "text/csv")]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    public async Task<IActionResult> FinalTallyCsv(int circularId, CancellationToken cancellationToken) =>
        await PublicFinalAsync(circularId, cancellationToken) is { } view
            ? File(exports.TallyCsv(view), "text/csv; charset=utf-8", $"TSB-Circular-{view.Circular.Number}-{view.Circular.Year}-final-tally.csv")
            : NotFound();

    private string PublicPage(int circularId) => links.To(nameof(CircularsController.Public), "Circulars", new { id = circularId });

    private async Task<TallyView?> PublicFinalAsync(int circularId, CancellationToken cancellationToken)
    {
        var circular = await queries.FindAsync(circularId, publishedOnly: true);
        return circular is not null && TallyVisibility.PublicSeesResults(circular, Now) && await tally.ReadAsync(circularId, cancellationToken) is { Final: not null } view
            ? view
            : null;
    }
}
