using Consultations.Infrastructure.Identity;
using Consultations.Web.Authorization;
using Consultations.Web.Features.Circulars;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Consultations.Web.Features.Documents;

/// <summary>
/// The circular's letter as .docx or PDF (a published circular for anyone, as on its public page; a draft for TSB
/// before publishing), and Annex 2 pre-filled for one administration (its delegates, or TSB for any).
/// </summary>
[Route("circulars/{circularId:int}")]
public sealed class CircularDocumentsController(CircularQueries queries, CircularDocuments documents) : Controller
{
    [AllowAnonymous]
    [HttpGet("letter.{format:regex(^(docx|pdf)$)}")]
    public async Task<IActionResult> Letter(int circularId, string format, string? language)
    {
        var circular = await queries.FindAsync(circularId, publishedOnly: !User.IsInRole(Roles.TsbStaff));
        if (circular is null)
        {
            return NotFound();
        }

        var chosen = CircularDocuments.LetterLanguage(circular, language);
        var (content, contentType) = documents.Letter(circular, chosen, asPdf: format == "pdf");
        return File(content, contentType, CircularDocuments.LetterName(circular, chosen, format));
    }

    /// <summary>Annex 2 of any administration, for TSB (for example to send it to an administration that replies by e-mail).</summary>
    [Authorize(Policy = Policies.TsbStaff)]
    [HttpGet("annex-2.docx")]
    public Task<IActionResult> AnnexTwo(int circularId, string? state, string? language, CancellationToken cancellationToken) =>
        AnnexTwoOf(circularId, state?.Trim().ToUpperInvariant(), language, cancellationToken);

    /// <summary>Annex 2 of the delegate's own administration: the administration comes from the account, never from the address.</summary>
    [Authorize(Policy = Policies.DelegateReady)]
    [HttpGet("/replies/{circularId:int}/annex-2.docx")]
    public Task<IActionResult> OwnAnnexTwo(int circularId, string? language, CancellationToken cancellationToken) =>
        AnnexTwoOf(circularId, User.MemberStateCode(), language, cancellationToken);

    private async Task<IActionResult> AnnexTwoOf(int circularId, string? code, string? language, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(code) || await queries.FindAsync(circularId, publishedOnly: true) is not { } circular)
        {
            return NotFound();
        }

        var chosen = CircularDocuments.LetterLanguage(circular, language);
        if (await documents.AnnexTwoAsync(circular, code, chosen, cancellationToken) is not { } content)
        {
            return NotFound();
        }

        return File(content, CircularDocuments.DocxType, CircularDocuments.AnnexTwoName(circular, code, chosen));
    }
}
