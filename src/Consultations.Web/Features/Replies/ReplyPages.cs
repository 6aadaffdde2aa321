using Consultations.Domain.Circulars;
using Consultations.Domain.Membership;
using Consultations.Domain.Replies;

namespace Consultations.Web.Features.Replies;

/// <summary>Everything the reply form shows for one administration and one circular.</summary>
public sealed record ReplyPage(
    Circular Circular,
    MemberState MemberState,
    Reply? Reply,
    ReplyForm Form,
    IReadOnlyDictionary<int, IReadOnlyList<ReplyAttachment>> Files,
    bool IsOpen,
    DateTime? DraftSavedAtUtc,
    string Language,
    ReplyVersion? NewerVersion = null);

public sealed record ConfirmPage(Circular Circular, MemberState MemberState, DraftContent Draft, long DraftStamp, string Language);

public sealed record VersionPage(Circular Circular, MemberState MemberState, Reply Reply, ReplyVersion Version, string Reference, string Language);

public sealed record MyReplyRow(int CircularId, int Number, DateOnly Date, DateOnly Deadline, CircularStatus CircularStatus, string Status, int? LatestVersion, DateTime? LatestAtUtc);

public sealed record MyRepliesPage(string MemberStateName, IReadOnlyList<MyReplyRow> Rows);

/// <summary>The result of a submission: the version stored, or the newer version someone else submitted meanwhile.</summary>
public sealed record SubmitResult(ReplyVersion? Stored, ReplyVersion? Newer, string? Reference)
{
    /// <summary>The reply's revision after the new version (what a client sends next as If-Match).</summary>
    public int Revision { get; init; }
}

/// <summary>A submission ready to store: the revision it was prepared from, and what to do once it is stored.</summary>
public sealed record PreparedSubmission(int BaseRevision, ReplySubmission Submission, Action? OnStored);
