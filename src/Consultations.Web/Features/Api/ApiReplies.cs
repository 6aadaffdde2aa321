using System.Security.Claims;
using Consultations.Domain.Circulars;
using Consultations.Domain.Common;
using Consultations.Domain.Membership;
using Consultations.Domain.Replies;
using Consultations.Infrastructure.Replies;
using Consultations.Web.Authorization;
using Consultations.Web.Features.Replies;

namespace Consultations.Web.Features.Api;

/// <summary>
/// A reply submitted over the API, stored exactly as a reply from the form: the same domain rules, the same version,
/// receipt e-mails and audit record (which names the token). Files come in base64 and are checked like uploads.
/// </summary>
public sealed class ApiReplies(ReplyWorkspace workspace, AttachmentStore files, TimeProvider clock)
{
    public async Task<SubmitResult> SubmitAsync(Circular circular, MemberState state, ClaimsPrincipal user, ApiReplyRequest request, int expectedRevision, string tokenId)
    {
        var stored = new List<ReplyAttachment>();
        try
        {
            var opinions = new List<TextOpinion>();
            var active = circular.ActiveTexts.Select(t => t.Id).ToHashSet();
            long bytes = 0;
            foreach (var item in request.Opinions ?? [])
            {
                if (!active.Contains(item.TextId))
                {
                    throw new DomainException("Api.UnknownText", "Text {0} is not a text of this consultation.", item.TextId) { Subject = Id(item.TextId) };
                }

                if (opinions.Any(o => o.DraftTextId == item.TextId))
                {
                    throw new DomainException("Api.TextTwice", "Text {0} has more than one opinion.", item.TextId) { Subject = Id(item.TextId) };
                }

                if (item.Opinion is null || !ApiMapping.Opinions.TryGetValue(item.Opinion, out var opinion))
                {
                    throw new DomainException("Api.UnknownOpinion", "The opinion on text {0} must be one of: {1}.", item.TextId, string.Join(", ", ApiMapping.Opinions.Keys)) { Subject = Id(item.TextId) };
                }

                foreach (var file in item.Attachments ?? [])
                {
                    var content = Decode(file, item.TextId);
                    bytes += content.Length;
                    if (content.Length > AttachmentStore.MaxFileBytes || bytes > AttachmentStore.MaxReplyBytes)
                    {
                        throw new DomainException("Api.FileTooLarge", "The files of a reply may take at most 10 MB each and 25 MB in all.") { Subject = Id(item.TextId) };
                    }

                    try
                    {
                        var saved = await files.SaveAsync(new MemoryStream(content), file.FileName ?? "attachment");
                        stored.Add(new ReplyAttachment(item.TextId, saved.StoredName, saved.FileName, saved.ContentType, saved.Length, saved.Sha256));
                    }
                    catch (FileRefusedException)
                    {
                        throw new DomainException("Api.FileRefused", DraftProblem.Sentence(DraftProblemKind.FileTypeRefused)) { Subject = Id(item.TextId) };
                    }
                }

                opinions.Add(new TextOpinion(item.TextId, opinion, string.IsNullOrWhiteSpace(item.Comment) ? null : item.Comment.Trim()));
            }

            var signatory = request.Signatory ?? new ApiSignatory(string.Empty, null, null);
            var submission = new ReplySubmission(
                opinions,
                stored,
                new Signatory(signatory.Name ?? string.Empty, signatory.Title ?? string.Empty, signatory.Place ?? string.Empty, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)),
                ReplyChannel.Online,
                user.UserId()!,
                user.DisplayName());
            var result = await workspace.StoreVersionAsync(
                circular,
                state,
                () => Task.FromResult<PreparedSubmission?>(new PreparedSubmission(expectedRevision, submission, null)),
                $"; API token {tokenId}");
            if (result.Stored is null)
            {
                await ForgetAsync(stored);
            }

            return result;
        }
        catch
        {
            await ForgetAsync(stored);
            throw;
        }
    }

    private static byte[] Decode(ApiFile file, int textId)
    {
        try
        {
            return Convert.FromBase64String(file.ContentBase64 ?? string.Empty);
        }
        catch (FormatException)
        {
            throw new DomainException("Api.FileNotBase64", "The content of '{0}' is not base64.", file.FileName ?? string.Empty) { Subject = Id(textId) };
        }
    }

    private async Task ForgetAsync(IEnumerable<ReplyAttachment> stored)
    {
        foreach (var file in stored)
        {
            await files.DeleteAsync(file.StoredName);
        }
    }

    private static string Id(int textId) => textId.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
