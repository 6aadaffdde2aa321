using System.Text.Json.Serialization;

namespace Consultations.Web.Features.Api;

/// <summary>A published circular as the API lists it. Dates are ISO 8601; instants are UTC.</summary>
public sealed record ApiCircular(
    int Id,
    int Number,
    int Year,
    DateOnly Date,
    string Reference,
    int StudyGroup,
    string Status,
    DateOnly DeadlineDate,
    DateTime DeadlineUtc,
    ApiMeeting Meeting,
    IReadOnlyList<string> Languages,
    string Url);

public sealed record ApiMeeting(string Place, DateOnly? FirstDay, DateOnly? LastDay);

/// <summary>A circular with its texts in every language it holds, its notes and amendments, and its results when public.</summary>
public sealed record ApiCircularDetail(
    ApiCircular Circular,
    string Addressees,
    string CopyTo,
    IReadOnlyList<ApiNote> Notes,
    IReadOnlyList<ApiText> Texts,
    IReadOnlyList<ApiAmendment> Amendments,
    ApiTally? FinalTally);

public sealed record ApiNote(string Kind, string Text, string? Recommendation, IReadOnlyList<string> Except);

public sealed record ApiText(
    int Id,
    int Position,
    string Kind,
    string Recommendation,
    int? AmendmentNumber,
    string? FormerName,
    string? DocumentReference,
    bool Withdrawn,
    IReadOnlyList<ApiTextLanguage> Languages,
    string? Outcome);

public sealed record ApiTextLanguage(string Language, string Title, string? Summary);

public sealed record ApiAmendment(int Sequence, string Kind, DateTime AmendedAtUtc, string Details, string Reason);

/// <summary>The tally: final (recorded at the deadline) or live (provisional, for the secretariat and TSB).</summary>
public sealed record ApiTally(
    bool IsFinal,
    DateTime ComputedAtUtc,
    DateOnly DeadlineDate,
    int EligibleMemberStates,
    int RepliesCounted,
    IReadOnlyList<ApiTextTally> Texts,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<string>? NotReplied);

public sealed record ApiTextTally(
    int TextId,
    string Recommendation,
    int SupportingNoComments,
    int SupportingWithComments,
    int NotSupporting,
    int NoOpinion,
    decimal? SupportPercentage,
    bool ConsiderationAuthorized);

/// <summary>An administration's reply: its revision (the value to send in If-Match) and every version.</summary>
public sealed record ApiReply(string MemberState, int Revision, IReadOnlyList<ApiReplyVersion> Versions);

public sealed record ApiReplyVersion(
    int Number,
    string Reference,
    DateTime ReceivedAtUtc,
    string Channel,
    string Status,
    ApiSignatory Signatory,
    IReadOnlyList<ApiOpinion> Opinions,
    string Digest,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? ReceiptUrl);

public sealed record ApiOpinion(int TextId, string Opinion, string? Comment, IReadOnlyList<string> Attachments);

public sealed record ApiSignatory(string Name, string? Title, string? Place);

public sealed record ApiNonResponder(string MemberState, string Name, IReadOnlyList<string> Delegates);

/// <summary>A reply submitted over the API: one opinion per text the administration gives an opinion on.</summary>
public sealed record ApiReplyRequest(ApiSignatory Signatory, IReadOnlyList<ApiOpinionRequest> Opinions);

public sealed record ApiOpinionRequest(int TextId, string Opinion, string? Comment, IReadOnlyList<ApiFile>? Attachments);

/// <summary>A file attached to an opinion, its content in base64.</summary>
public sealed record ApiFile(string FileName, string ContentBase64);

public sealed record ApiReplyReceipt(string Reference, int Version, int Revision, DateTime ReceivedAtUtc, string Status, string ReceiptUrl);

public sealed record ApiTokenCreated(string Token);
