using Consultations.Domain.Circulars;
using Consultations.Domain.Tally;

namespace Consultations.Domain.Replies;

/// <summary>One immutable submission of a reply.</summary>
public sealed class ReplyVersion : ICountableVersion
{
    private readonly List<TextOpinion> opinions = [];
    private readonly List<ReplyAttachment> attachments = [];

    private ReplyVersion()
    {
        Signatory = new Signatory("-", string.Empty, string.Empty, default);
        SubmittedByUserId = string.Empty;
        SubmittedByName = string.Empty;
        Digest = string.Empty;
    }

    internal ReplyVersion(int number, ReplySubmission submission, DateTime submittedAtUtc, bool noReasonsGiven)
    {
        Digest = string.Empty;
        Number = number;
        opinions.AddRange(submission.Opinions);
        attachments.AddRange(submission.Attachments);
        Signatory = submission.Signatory;
        Channel = submission.Channel;
        SubmittedByUserId = submission.SubmittedByUserId;
        SubmittedByName = submission.SubmittedByName;
        SubmittedAtUtc = submittedAtUtc;
        ReceivedAtUtc = submission.Channel == ReplyChannel.Online || submission.ReceivedAtUtc is null
            ? submittedAtUtc
            : TapCalendar.ToUtc(submission.ReceivedAtUtc.Value);
        OriginalDocument = submission.OriginalDocument;
        NoReasonsGiven = noReasonsGiven;
    }

    public int Id { get; private set; }

    public int Number { get; private set; }

    public IReadOnlyList<TextOpinion> Opinions => opinions;

    public IReadOnlyList<ReplyAttachment> Attachments => attachments;

    public Signatory Signatory { get; private set; }

    public ReplyChannel Channel { get; private set; }

    public bool IsRecordedByTsb => Channel != ReplyChannel.Online;

    public string SubmittedByUserId { get; private set; }

    public string SubmittedByName { get; private set; }

    /// <summary>The server's clock when the version was stored.</summary>
    public DateTime SubmittedAtUtc { get; private set; }

    /// <summary>When TSB received the reply: the submission itself online, the date received for a recorded one. Decides lateness.</summary>
    public DateTime ReceivedAtUtc { get; private set; }

    /// <summary>The stored name of the scanned original, for a reply recorded by TSB.</summary>
    public string? OriginalDocument { get; private set; }

    /// <summary>A recorded reply that does not assign authority to some text without giving reasons (9.4.4).</summary>
    public bool NoReasonsGiven { get; private set; }

    /// <summary>SHA-256 of the version's canonical content (<see cref="ReplyReceipt"/>), as printed on the receipt.</summary>
    public string Digest { get; private set; }

    internal void Seal(string digest) => Digest = digest;


    public Opinion? OpinionOn(int draftTextId) =>
        opinions.FirstOrDefault(o => o.DraftTextId == draftTextId)?.Opinion;

    /// <summary>The texts on which this version says something else than <paramref name="previous"/>: another opinion, comment or file.</summary>
    public IReadOnlyList<int> TextsChangedFrom(ReplyVersion previous)
    {
        var texts = opinions.Select(o => o.DraftTextId).Union(previous.opinions.Select(o => o.DraftTextId))
            .Union(attachments.Select(a => a.DraftTextId)).Union(previous.attachments.Select(a => a.DraftTextId));
        return [.. texts.Where(id =>
            OpinionOn(id) != previous.OpinionOn(id)
            || (opinions.FirstOrDefault(o => o.DraftTextId == id)?.Comment ?? string.Empty) != (previous.opinions.FirstOrDefault(o => o.DraftTextId == id)?.Comment ?? string.Empty)
            || !attachments.Where(a => a.DraftTextId == id).Select(a => a.Sha256).Order().SequenceEqual(previous.attachments.Where(a => a.DraftTextId == id).Select(a => a.Sha256).Order()))
            .Order()];
    }
}
