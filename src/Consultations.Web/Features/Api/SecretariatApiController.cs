using Consultations.Web.Authorization;
using Consultations.Web.Composition;
using Consultations.Web.Features.Tally;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Consultations.Web.Features.Api;

/// <summary>For the study-group secretariat and TSB, with a token: the live tally, every reply and who has not replied.</summary>
[ApiController]
[Authorize(AuthenticationSchemes = ApiTokenAuthentication.SchemeName, Policy = Policies.Secretariat)]
[Route("api/v1/circulars/{circularId:int}")]
[EnableRateLimiting(RateLimits.Api)]
[Tags("Tally (secretariat and TSB)")]
[ProducesResponseType(StatusCodes.Status401Unauthorized)]
[ProducesResponseType(StatusCodes.Status403Forbidden)]
public sealed class SecretariatApiController(TallyReading reading) : ControllerBase
{
    /// <summary>The tally: live and provisional before the deadline, the recorded final tally after it.</summary>
    [EndpointSummary("Read the tally")]
    [HttpGet("tally")]
    [ProducesResponseType<ApiTally>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public async Task<IActionResult> Tally(int circularId, CancellationToken cancellationToken) =>
        await reading.ReadAsync(circularId, cancellationToken) is { } view
            ? Ok(ApiMapping.Tally(view.Circular, view.Tally, withNonResponders: true))
            : NotFound();

    /// <summary>Every administration's reply with all its versions, opinions and comments.</summary>
    [EndpointSummary("Read every reply")]
    [HttpGet("replies")]
    [ProducesResponseType<IReadOnlyList<ApiReply>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public async Task<IActionResult> Replies(int circularId, CancellationToken cancellationToken)
    {
        if (await reading.ReadAsync(circularId, cancellationToken) is not { } view)
        {
            return NotFound();
        }

        var replies = await reading.RepliesAsync(circularId, cancellationToken);
        return Ok(replies.OrderBy(r => r.MemberStateCode).Select(r => ApiMapping.Reply(view.Circular, r, view.CountOf(r), _ => null)).ToList());
    }

    /// <summary>The Member States that have not replied, with their delegates' addresses.</summary>
    [EndpointSummary("List who has not replied")]
    [HttpGet("non-responders")]
    [ProducesResponseType<IReadOnlyList<ApiNonResponder>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public async Task<IActionResult> NonResponders(int circularId, CancellationToken cancellationToken)
    {
        if (await reading.ReadAsync(circularId, cancellationToken) is not { } view)
        {
            return NotFound();
        }

        var list = await reading.NonRespondersAsync(view, cancellationToken);
        return Ok(list.Select(n => new ApiNonResponder(n.Code, n.Name, n.Delegates)).ToList());
    }
}
