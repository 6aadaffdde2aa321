using System.Globalization;
using Consultations.Domain.Circulars;
using Consultations.Infrastructure.Email;
using Consultations.Infrastructure.Identity;
using Consultations.Web.Features.Circulars;
using Consultations.Web.Features.Shared;
using Microsoft.Extensions.Localization;

namespace Consultations.Web.Email;

/// <summary>The notices about circulars, each in its recipient's language, queued in the outbox.</summary>
public sealed class CircularMail(EmailOutbox outbox, IStringLocalizer<SharedResource> localizer, PortalLinks links)
{
    public void QueuePublished(Circular circular, IEnumerable<ApplicationUser> recipients)
    {
        var link = links.To(nameof(CircularsController.Show), "Circulars", new { id = circular.Id });
        foreach (var user in recipients)
        {
            var texts = string.Join("\n", circular.ActiveTexts.Select(t => $"- {t.DisplayNumber}: {t.TitleIn(user.PreferredLanguage)}"));
            outbox.EnqueueFor(
                user,
                () => (localizer["TSB Circular {0}: Member State consultation, reply by {1}", circular.Number, Deadline(circular)],
                localizer[
                    "Dear {0},\n\nTSB Circular {1} opens a Member State consultation under the Traditional Approval Procedure on these determined draft texts:\n{2}\n\nPlease reply for your administration by 2359 hours UTC on {3}:\n{4}\n\nThe meeting of Study Group {5} begins on {6}.",
                    user.DisplayName,
                    circular.Number,
                    texts,
                    DateDisplay.Day(circular.DeadlineDate),
                    link,
                    circular.StudyGroup,
                    DateDisplay.Day(circular.Meeting.FirstDay, "?")]),
                MailCauses.CircularPublished,
                circular.Id.ToString(CultureInfo.InvariantCulture));
        }
    }

    public void QueueAmended(Circular circular, CircularAmendment amendment, IEnumerable<ApplicationUser> recipients)
    {
        var link = links.To(nameof(CircularsController.Show), "Circulars", new { id = circular.Id });
        foreach (var user in recipients)
        {
            outbox.EnqueueFor(
                user,
                () => (localizer["TSB Circular {0} has been amended", circular.Number],
                localizer[
                    "Dear {0},\n\nTSB Circular {1} has been amended.\n\n{2}: {3}\nReason: {4}\n\nThe reply deadline is now 2359 hours UTC on {5}.\n{6}",
                    user.DisplayName,
                    circular.Number,
                    localizer[AmendmentNames.Label(amendment.Kind)],
                    amendment.Details,
                    amendment.Reason,
                    DateDisplay.Day(circular.DeadlineDate),
                    link]),
                MailCauses.CircularAmended,
                circular.Id.ToString(CultureInfo.InvariantCulture));
        }
    }

    private static string Deadline(Circular circular) => DateDisplay.Day(circular.DeadlineDate) + " 23:59 UTC";
}
