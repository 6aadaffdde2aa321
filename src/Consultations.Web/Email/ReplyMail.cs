using Consultations.Domain.Circulars;
using Consultations.Domain.Membership;
using Consultations.Domain.Replies;
using Consultations.Infrastructure.Email;
using Consultations.Infrastructure.Identity;
using Consultations.Infrastructure.Persistence;
using Consultations.Web.Features.Replies;
using Consultations.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Consultations.Web.Email;

/// <summary>The receipt of a submitted reply, with its PDF, to every delegate of the administration.</summary>
public sealed class ReplyMail(AppDbContext db, EmailOutbox outbox, ReceiptBuilder receipts, PortalLinks links, IStringLocalizer<SharedResource> localizer)
{
    public async Task QueueReceiptsAsync(Circular circular, MemberState state, Reply reply, ReplyVersion version, string reference)
    {
        var delegateRoleId = await db.Roles.Where(r => r.Name == Roles.Delegate).Select(r => r.Id).SingleAsync();
        var recipients = await db.Users
            .Where(u => u.MemberStateCode == state.Code && db.UserRoles.Any(ur => ur.UserId == u.Id && ur.RoleId == delegateRoleId))
            .ToListAsync();
        var pdfs = new Dictionary<string, byte[]>();
        foreach (var user in recipients)
        {
            if (!pdfs.TryGetValue(user.PreferredLanguage, out var pdf))
            {
                pdf = receipts.Pdf(circular, state, reply, version, user.PreferredLanguage);
                pdfs[user.PreferredLanguage] = pdf;
            }

            using var _ = new CultureScope(user.PreferredLanguage);
            outbox.Enqueue(
                user.Email!,
                user.DisplayName,
                user.PreferredLanguage,
                localizer["Receipt {0}: reply of {1} to TSB Circular {2}", reference, state.Name, circular.Number],
                localizer[
                    "Dear {0},\n\nTSB received the reply of the Administration of {1} to TSB Circular {2}, submitted by {3} at {4}.\n\nReceipt reference: {5}\nSHA-256 digest: {6}\n\nThe receipt is attached. Anyone holding it can check it at {7}",
                    user.DisplayName,
                    state.Name,
                    circular.Number,
                    version.SubmittedByName,
                    DateDisplay.Utc(version.ReceivedAtUtc),
                    reference,
                    version.Digest,
                    links.Absolute("/verify")],
                "Reply.Receipt",
                reference,
                [new OutboxAttachment { FileName = ReceiptBuilder.FileName(reference), ContentType = "application/pdf", Content = pdf }]);
        }
    }
}
