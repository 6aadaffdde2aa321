using System.Text.Json;
using Consultations.Domain.Circulars;
using Consultations.Domain.Replies;
using Consultations.Domain.Tally;

namespace Consultations.Web.Features.Api;

/// <summary>
/// The API's representation of the domain. Values of the domain's enumerations are written as their names in
/// kebab case ("assigns-authority-no-comments"), never as numbers; the OpenAPI document lists them.
/// </summary>
public static class ApiMapping
{
    public static readonly IReadOnlyDictionary<string, Opinion> Opinions = Enum.GetValues<Opinion>().ToDictionary(Name);

    public static string Name<T>(T value) where T : struct, Enum => JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());

    public static ApiCircular Circular(Circular circular, DateTime utcNow, Func<int, string> publicPage) => new(
        circular.Id,
        circular.Number,
        circular.Year,
        circular.Date,
        circular.Reference,
        circular.StudyGroup,
        Name(circular.StatusAt(utcNow)),
        circular.DeadlineDate,
        circular.DeadlineInstant,
        new ApiMeeting(circular.Meeting.Place, circular.Meeting.FirstDay, circular.Meeting.LastDay),
        circular.Languages,
        publicPage(circular.Id));

    public static ApiCircularDetail Detail(Circular circular, DateTime utcNow, Func<int, string> publicPage, ApiTally? finalTally) => new(
        Circular(circular, utcNow, publicPage),
        circular.Addressees,
        circular.CopyTo,
        [.. circular.Notes.Select(n => new ApiNote(Name(n.Kind), n.Text, n.Recommendation, n.Except))],
        [.. circular.Texts.OrderBy(t => t.Position).Select(t => new ApiText(
            t.Id,
            t.Position,
            Name(t.Kind),
            t.Recommendation,
            t.AmendmentNumber,
            t.ProvisionalName,
            t.DocumentRef,
            t.IsWithdrawn,
            [new ApiTextLanguage("en", t.Title, t.Summary), .. t.Translations.Select(l => new ApiTextLanguage(l.Language, l.Title, l.Summary))],
            t.Decision is { } decision ? Name(decision.Kind) : null))],
        [.. circular.Amendments.OrderBy(a => a.Sequence).Select(a => new ApiAmendment(a.Sequence, Name(a.Kind), a.AmendedAtUtc, a.Details, a.Reason))],
        finalTally);

    public static ApiTally Tally(Circular circular, CircularTally tally, bool withNonResponders) => new(
        tally.Status == TallyStatus.Final,
        tally.ComputedAtUtc,
        tally.DeadlineDate,
        tally.EligibleMemberStates,
        tally.RepliesCounted,
        [.. tally.Texts.Select(t => new ApiTextTally(
            t.TextId,
            circular.Texts.FirstOrDefault(d => d.Id == t.TextId)?.DisplayNumber ?? string.Empty,
            t.SupportingNoComments,
            t.SupportingWithComments,
            t.NotSupporting,
            t.NoOpinion,
            t.SupportPercentage,
            t.ConsiderationAuthorized))],
        withNonResponders ? tally.NotReplied : null);

    public static ApiReply Reply(Circular circular, Reply reply, ReplyCount<ReplyVersion> count, Func<ReplyVersion, string?> receiptUrl) => new(
        reply.MemberStateCode,
        reply.Revision,
        [.. reply.Versions.Select(v => new ApiReplyVersion(
            v.Number,
            reply.ReferenceOf(circular, v),
            v.ReceivedAtUtc,
            Name(v.Channel),
            Name(count.StatusOf(v)),
            new ApiSignatory(v.Signatory.Name, Blank(v.Signatory.Title), Blank(v.Signatory.Place)),
            [.. v.Opinions.Select(o => new ApiOpinion(o.DraftTextId, Name(o.Opinion), o.Comment, [.. v.Attachments.Where(a => a.DraftTextId == o.DraftTextId).Select(a => a.FileName)]))],
            v.Digest,
            receiptUrl(v)))]);

    private static string? Blank(string value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
