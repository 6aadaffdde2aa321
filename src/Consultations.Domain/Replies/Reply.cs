using Consultations.Domain.Circulars;
using Consultations.Domain.Common;
using Consultations.Domain.Membership;
using Consultations.Domain.Tally;

namespace Consultations.Domain.Replies;

/// <summary>
/// The reply of one Member State (or observer) to one circular: an ordered series of immutable versions.
/// The latest version received by the deadline stands; later ones are kept in the late register.
/// </summary>
public sealed class Reply
{
    private readonly List<ReplyVersion> versions = [];

    private Reply()
    {
        MemberStateCode = string.Empty;
    }

    private Reply(int circularId, string memberStateCode)
    {
        CircularId = circularId;
        MemberStateCode = memberStateCode;
    }

    public int Id { get; private set; }

    public int CircularId { get; private set; }

    public string MemberStateCode { get; private set; }

    /// <summary>Grows with each version; the concurrency token that tells a second editor a newer version exists.</summary>
    public int Revision { get; private set; }

    public IReadOnlyList<ReplyVersion> Versions => versions;

    public ReplyVersion? Latest => versions.Count == 0 ? null : versions[^1];

    /// <summary>Only Member States on the circular's date (9.4.1), and observers (Res. 99), may reply.</summary>
    public static bool MayReply(Circular circular, MemberState state) =>
        state.IsObserver || state.IsMemberOn(circular.Date);

    /// <summary>Opens the reply of a state to a circular, refusing a state that may not reply.</summary>
    public static Reply Start(Circular circular, MemberState state)
    {
        if (!MayReply(circular, state))
        {
            throw new DomainException(
                "Reply.NotAMember",
                "{0} was not a Member State of ITU on {1:yyyy-MM-dd}, the date of circular {2}, and cannot reply to it.",
                state.Name,
                circular.Date,
                circular.Number);
        }

        return new Reply(circular.Id, state.Code);
    }

    /// <summary>
    /// Stores a new version. Online replies must give reasons for not assigning authority and a comment or
    /// file where comments are said to be attached; a reply recorded by TSB is kept as received and flagged.
    /// </summary>
    public ReplyVersion Submit(Circular circular, ReplySubmission submission, DateTime utcNow)
    {
        if (circular.Id != CircularId)
        {
            throw new DomainException("Reply.WrongCircular", "This reply belongs to another circular.");
        }

        if (!circular.IsPublished)
        {
            throw new DomainException("Reply.CircularNotPublished", "Circular {0} has not been published yet.", circular.Number);
        }

        var now = TapCalendar.ToUtc(utcNow);
        if (circular.IsCancelled)
        {
            throw new DomainException("Reply.CircularCancelled", "Circular {0} was cancelled; replies are no longer taken.", circular.Number);
        }

        if (submission.Channel == ReplyChannel.Online && !circular.AcceptsRepliesAt(now))
        {
            throw new DomainException(
                "Reply.DeadlinePassed",
                "The deadline of circular {0} (2359 hours UTC on {1:yyyy-MM-dd}) has passed; the reply was not stored.",
                circular.Number,
                circular.DeadlineDate);
        }

        if (submission.Channel != ReplyChannel.Online && submission.ReceivedAtUtc is { } received)
        {
            ValidateDateReceived(circular, TapCalendar.ToUtc(received), now);
        }

        var noReasonsGiven = ValidateOpinions(circular, submission);
        var version = new ReplyVersion(versions.Count + 1, submission, now, noReasonsGiven);
        version.Seal(ReplyReceipt.Digest(ReplyReceipt.Canonical(circular, MemberStateCode, version)));
        versions.Add(version);
        Revision++;
        return version;
    }

    /// <summary>Which version counts, which are late, and which were replaced: <see cref="CountingRule"/>'s answer for this reply.</summary>
    public ReplyCount<ReplyVersion> CountIn(Circular circular, MemberState? state) => CountingRule.Apply(circular, this, state);

    /// <summary>Checks a submission against the rules without storing it (for a confirmation step).</summary>
    public static void Validate(Circular circular, ReplySubmission submission) => ValidateOpinions(circular, submission);

    public string ReferenceOf(Circular circular, ReplyVersion version) => ReplyReceipt.Reference(circular, MemberStateCode, version);

    private static void ValidateDateReceived(Circular circular, DateTime receivedUtc, DateTime nowUtc)
    {
        if (receivedUtc > nowUtc)
        {
            throw new DomainException("Reply.ReceivedInFuture", "The date and time received cannot be in the future.") { Subject = "ReceivedOn" };
        }

        if (DateOnly.FromDateTime(receivedUtc) < circular.Date)
        {
            throw new DomainException(
                "Reply.ReceivedBeforeCircular",
                "The reply cannot have been received before the circular's date ({0:yyyy-MM-dd}).",
                circular.Date) { Subject = "ReceivedOn" };
        }
    }

    private static bool ValidateOpinions(Circular circular, ReplySubmission submission)
    {
        if (submission.Channel == ReplyChannel.Online && submission.Opinions.Count == 0)
        {
            throw new DomainException(
                "Reply.NoOpinion",
                "The reply gives no opinion: choose, for at least one text, whether the administration assigns authority.");
        }

        var activeTexts = circular.ActiveTexts.ToDictionary(t => t.Id);
        var seen = new HashSet<int>();
        var noReasonsGiven = false;
        foreach (var opinion in submission.Opinions)
        {
            if (!activeTexts.TryGetValue(opinion.DraftTextId, out var text))
            {
                throw new DomainException("Reply.UnknownText", "The reply gives an opinion on a text that circular {0} does not consult on.", circular.Number);
            }

            if (!seen.Add(opinion.DraftTextId))
            {
                throw new DomainException("Reply.DuplicateOpinion", "The reply gives two opinions on {0}.", text.DisplayNumber) { Subject = SubjectOf(text) };
            }

            // A reply recorded by TSB carries its comments in the original document it arrived as.
            var hasFile = submission.Attachments.Any(a => a.DraftTextId == opinion.DraftTextId)
                || (submission.Channel != ReplyChannel.Online && submission.OriginalDocument is not null && opinion.Opinion == Opinion.AssignsAuthorityWithComments);
            var explained = opinion.HasComment || hasFile;
            switch (opinion.Opinion)
            {
                case Opinion.AssignsAuthorityWithComments when !explained:
                    throw new DomainException(
                        "Reply.CommentsRequired",
                        "For {0} the reply says comments are attached: write them or attach a file.",
                        text.DisplayNumber) { Subject = SubjectOf(text) };
                case Opinion.DoesNotAssignAuthority when !explained && submission.Channel == ReplyChannel.Online:
                    throw new DomainException(
                        "Reply.ReasonsRequired",
                        "For {0} the reply does not assign authority: give the reasons and an outline of possible changes (Res. 1, 9.4.4).",
                        text.DisplayNumber) { Subject = SubjectOf(text) };
                case Opinion.DoesNotAssignAuthority when !explained:
                    noReasonsGiven = true;
                    break;
            }
        }

        if (submission.Attachments.Any(a => !seen.Contains(a.DraftTextId)))
        {
            throw new DomainException("Reply.AttachmentWithoutOpinion", "A file is attached to a text for which the reply gives no opinion.");
        }

        return noReasonsGiven;
    }

    private static string SubjectOf(DraftText text) => text.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
