using System.Globalization;
using Consultations.Domain.Circulars;
using Consultations.Domain.Common;
using Consultations.Domain.Membership;
using Consultations.Domain.Replies;

namespace Consultations.Web.Features.Replies;

/// <summary>What became of a posted reply form; the controller only turns it into a page.</summary>
public abstract record FormOutcome
{
    /// <summary>The administration was not a Member State on the circular's date.</summary>
    public sealed record NotAMember : FormOutcome;

    /// <summary>The deadline has passed or the circular was cancelled: nothing was saved.</summary>
    public sealed record Closed : FormOutcome;

    /// <summary>The draft was not saved; each problem names its row of the form, or -1 for the whole reply.</summary>
    public sealed record Refused(IReadOnlyList<DraftProblem> Problems) : FormOutcome;

    /// <summary>The draft is kept; the delegate stays on the form.</summary>
    public sealed record Saved : FormOutcome;

    /// <summary>The draft is kept but cannot be submitted yet: the rule it breaks, on the row of its text (-1 for none).</summary>
    public sealed record Incomplete(DomainException Rule, int Row) : FormOutcome;

    /// <summary>The draft is kept and complete: on to "Check and submit".</summary>
    public sealed record ReadyForReview : FormOutcome;
}

/// <summary>
/// Saving the reply form as the delegate's draft and, when asked, checking it for review: the order of the checks
/// (membership, deadline, files, the Resolution's rules for a reply) in one place, for the form's controller.
/// </summary>
public sealed class SavingTheForm(ReplyWorkspace workspace)
{
    /// <summary>Whether the form may be used at all: null when it may.</summary>
    public FormOutcome? Refusal(Circular circular, MemberState state) =>
        !Reply.MayReply(circular, state) ? new FormOutcome.NotAMember()
        : !circular.AcceptsRepliesAt(workspace.Now) ? new FormOutcome.Closed()
        : null;

    public async Task<FormOutcome> SaveAsync(
        Circular circular,
        MemberState state,
        string userId,
        string userName,
        DraftInput input,
        IReadOnlyDictionary<int, IReadOnlyList<ReplyAttachment>> previousFiles,
        ReplyIntent intent)
    {
        if (Refusal(circular, state) is { } refused)
        {
            return refused;
        }

        var (saved, problems) = await workspace.SaveDraftAsync(circular, state.Code, userId, input, previousFiles);
        if (saved is null)
        {
            return new FormOutcome.Refused(problems);
        }

        if (intent != ReplyIntent.Review)
        {
            return new FormOutcome.Saved();
        }

        try
        {
            Reply.Validate(circular, workspace.ToSubmission(saved, userId, userName));
            return new FormOutcome.ReadyForReview();
        }
        catch (DomainException error)
        {
            var row = input.Rows.ToList().FindIndex(r => r.TextId.ToString(CultureInfo.InvariantCulture) == error.Subject);
            return new FormOutcome.Incomplete(error, row);
        }
    }
}
