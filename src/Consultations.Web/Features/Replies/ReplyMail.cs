using Consultations.Domain.Circulars;
using Consultations.Domain.Membership;
using Consultations.Domain.Replies;
using Consultations.Infrastructure.Email;
using Consultations.Infrastructure.Identity;
using Consultations.Web.Email;
using Consultations.Web.Features.Replies;
using Consultations.Web.Features.Shared;
using Consultations.Web.Features.Verify;
using Microsoft.Extensions.Localization;

namespace Consultations.Web.Features.Replies;

/// <summary>The receipt of a submitted reply, with its PDF (drawn when the message is sent), to every delegate of the administration.</summary>
public sealed class ReplyMail(PeopleDirectory people, EmailOutbox outbox, PortalLinks links, IStringLocalizer<SharedResource> localizer)
{
    public async Task QueueReceiptsAsync(Circular circular, MemberState state, ReplyVersion version, string reference)
    {
        var recipients = await people.InRoleAsync(Roles.Delegate, [state.Code]);
        var key = ReceiptAttachmentRenderer.KeyOf(circular.Id, state.Code, version.Number);
        foreach (var user in recipients)
        {
            outbox.EnqueueFor(
                user,
                () => (localizer["Receipt {0}: reply of {1} to TSB Circular {2}", reference, state.LocalName(), circular.Number],
                localizer[
                    "Dear {0},\n\nTSB received the reply of the Administration of {1} to TSB Circular {2}, submitted by {3} at {4}.\n\nReceipt reference: {5}\nSHA-256 digest: {6}\n\nThe receipt is attached. Anyone holding it can check it at {7}",
                    user.DisplayName,
                    state.LocalName(),
                    circular.Number,
                    version.SubmittedByName,
                    DateDisplay.Utc(version.ReceivedAtUtc),
                    reference,
                    version.Digest,
                    links.To(nameof(VerifyController.Index), "Verify")]),
                MailCauses.ReplyReceipt,
                reference,
                [OutboxAttachment.RenderedLater(ReceiptBuilder.FileName(reference), "application/pdf", ReceiptAttachmentRenderer.ReceiptKind, key)]);
        }
    }
}
