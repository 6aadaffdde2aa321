using System.Globalization;
using Consultations.Domain.Common;
using Consultations.Infrastructure.Identity;
using Consultations.Web.Authorization;
using Consultations.Web.Composition;
using Consultations.Web.Features.Replies;
using Consultations.Web.Features.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Net.Http.Headers;

namespace Consultations.Web.Features.Api;

/// <summary>
/// A delegate's own administration's reply, with a token: read it, its receipts, and (with the reply scope) submit or
/// revise it. The administration comes from the token's user, never from the address. Revisions are compared with
/// <c>If-Match</c>, so that two systems never overwrite each other's reply silently.
/// </summary>
[ApiController]
[Authorize(AuthenticationSchemes = ApiTokenAuthentication.SchemeName, Policy = Policies.DelegateReady)]
[Route("api/v1/circulars/{circularId:int}/reply")]
[EnableRateLimiting(RateLimits.Api)]
[Tags("Reply (delegates)")]
[IgnoreAntiforgeryToken]
[ProducesResponseType(StatusCodes.Status401Unauthorized)]
[ProducesResponseType(StatusCodes.Status403Forbidden)]
public sealed class DelegateApiController(ReplyWorkspace workspace, ApiReplies replies, ReceiptPdfs receipts, PortalLinks links) : ControllerBase
{
    private string MemberState => User.MemberStateCode()!;

    /// <summary>The administration's reply with every version; the ETag is the revision to send as If-Match.</summary>
    [EndpointSummary("Read your administration's reply")]
    [HttpGet("")]
    [ProducesResponseType<ApiReply>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public async Task<IActionResult> Get(int circularId)
    {
        if (await workspace.ContextAsync(circularId, MemberState) is not { Reply: { } reply } context)
        {
            return NotFound();
        }

        Response.Headers.ETag = Tag(reply.Revision);
        return Ok(ApiMapping.Reply(context.Circular, reply, reply.CountIn(context.Circular, context.State), v => ReceiptUrl(circularId, v.Number)));
    }

    /// <summary>The PDF receipt of one version.</summary>
    [EndpointSummary("Download a version's receipt")]
    [HttpGet("versions/{number:int}/receipt.pdf")]
    [ProducesResponseType<byte[]>(StatusCodes.Status200OK, "application/pdf")]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    public async Task<IActionResult> Receipt(int circularId, int number, string? lang)
    {
        if (await workspace.ContextAsync(circularId, MemberState) is not { Reply: { } reply } context
            || reply.Versions.FirstOrDefault(v => v.Number == number) is not { } version)
        {
            return NotFound();
        }

        var language = lang is not null && context.Circular.Languages.Contains(lang) ? lang : "en";
        return File(receipts.Pdf(context.Circular, context.State, reply, version, language), "application/pdf", ReceiptBuilder.FileName(reply.ReferenceOf(context.Circular, version)));
    }

    /// <summary>
    /// Submits a new version of the reply. Send <c>If-Match: "0"</c> for the first version and the reply's ETag after
    /// that; a reply changed in between answers 412 with the current version. Refusals are problem details naming the
    /// rule (<c>rule</c>) and the text (<c>textId</c>).
    /// </summary>
    [EndpointSummary("Submit or revise your administration's reply")]
    [HttpPut("")]
    [Authorize(Policy = Policies.ApiReply)]
    [Consumes("application/json")]
    [ProducesResponseType<ApiReplyReceipt>(StatusCodes.Status201Created)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status412PreconditionFailed)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status422UnprocessableEntity)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status428PreconditionRequired)]
    public async Task<IActionResult> Put(int circularId, ApiReplyRequest request, [FromHeader(Name = "If-Match")] string? ifMatch)
    {
        if (await workspace.ContextAsync(circularId, MemberState) is not { } context)
        {
            return NotFound();
        }

        if (ifMatch is null || !int.TryParse(ifMatch.Trim().Trim('"').TrimStart('W', '/').Trim('"'), NumberStyles.None, CultureInfo.InvariantCulture, out var expected))
        {
            return ApiProblems.Result(StatusCodes.Status428PreconditionRequired, "Api.IfMatchRequired", "Say which revision you revise.", "Send If-Match with the reply's ETag (\"0\" for the first version).");
        }

        try
        {
            var result = await replies.SubmitAsync(context.Circular, context.State, User, request, expected, User.FindFirst(ApiTokenAuthentication.TokenClaim)!.Value);
            if (result.Stored is not { } version)
            {
                return ApiProblems.Result(
                    StatusCodes.Status412PreconditionFailed,
                    "Api.RevisionChanged",
                    "The reply changed since that revision.",
                    result.Newer is { } newer
                        ? $"Version {newer.Number} was submitted at {newer.ReceivedAtUtc:yyyy-MM-dd HH:mm:ss} UTC. Read the reply again and send its ETag."
                        : "Read the reply again and send its ETag.");
            }

            Response.Headers.ETag = Tag(result.Revision);
            var url = ReceiptUrl(circularId, version.Number);
            return Created(url, new ApiReplyReceipt(result.Reference!, version.Number, result.Revision, version.ReceivedAtUtc, ApiMapping.Name(Domain.Tally.VersionStatus.Counts), url));
        }
        catch (DomainException error)
        {
            return ApiProblems.Rule(error);
        }
    }

    private string ReceiptUrl(int circularId, int number) =>
        links.To(nameof(Receipt), "DelegateApi", new { circularId, number });

    private static string Tag(int revision) => EntityTagHeaderValue.Parse($"\"{revision}\"").ToString();
}
