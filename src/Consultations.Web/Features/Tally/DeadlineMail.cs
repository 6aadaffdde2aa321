using System.Globalization;
using Consultations.Domain.Circulars;
using Consultations.Domain.Tally;
using Consultations.Infrastructure.Email;
using Consultations.Infrastructure.Identity;
using Consultations.Web.Email;
using Consultations.Web.Features.Replies;
using Consultations.Web.Features.Shared;
using Consultations.Web.Features.Tally;
using Microsoft.Extensions.Localization;

namespace Consultations.Web.Features.Tally;

/// <summary>Reminders before the deadline and the deadline-passed notice, in each recipient's language.</summary>
public sealed class DeadlineMail(EmailOutbox outbox, IStringLocalizer<SharedResource> localizer, TallyWords words, PortalLinks links)
{
    public void QueueReminders(Circular circular, int daysLeft, IEnumerable<ApplicationUser> recipients)
    {
        var link = links.To(nameof(RepliesController.Form), "Replies", new { circularId = circular.Id });
        foreach (var user in recipients)
        {
            outbox.EnqueueFor(
                user,
                () => (localizer["Reminder: reply to TSB Circular {0} by {1}", circular.Number, DateDisplay.Day(circular.DeadlineDate) + " 23:59 UTC"],
                localizer[
                    "Dear {0},\n\nYour administration has not yet replied to TSB Circular {1}. Replies are due by 2359 hours UTC on {2} ({3} days from now).\n\nReply here: {4}",
                    user.DisplayName,
                    circular.Number,
                    DateDisplay.Day(circular.DeadlineDate),
                    daysLeft,
                    link]),
                MailCauses.Reminder,
                circular.Id.ToString(CultureInfo.InvariantCulture));
        }
    }

    public void QueueDeadlinePassed(Circular circular, CircularTally tally, IEnumerable<ApplicationUser> recipients)
    {
        var link = links.To(nameof(TallyController.Index), "Tally", new { circularId = circular.Id });
        foreach (var user in recipients)
        {
            var summary = string.Join("\n", tally.Texts.Select(t =>
                $"- {circular.Texts.Single(x => x.Id == t.TextId).DisplayNumber}: {TallyView.Percent(t.SupportPercentage)} ({t.Supporting}/{t.Counted}) – {words.Decision(t)}"));
            outbox.EnqueueFor(
                user,
                () => (localizer["TSB Circular {0}: the deadline has passed, the tally is final", circular.Number],
                localizer[
                    "Dear {0},\n\nThe reply deadline of TSB Circular {1} passed at 2359 hours UTC on {2}. {3} of {4} Member States replied in time.\n\n{5}\n\nThe final tally: {6}",
                    user.DisplayName,
                    circular.Number,
                    DateDisplay.Day(circular.DeadlineDate),
                    tally.RepliesCounted,
                    tally.EligibleMemberStates,
                    summary,
                    link]),
                MailCauses.DeadlinePassed,
                circular.Id.ToString(CultureInfo.InvariantCulture));
        }
    }
}
