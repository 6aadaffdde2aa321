using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json;
using Consultations.Domain.Replies;
using Consultations.Infrastructure.Replies;
using Consultations.Web.Features.Shared;

namespace Consultations.Web.Features.Replies;

/// <summary>
/// The stored shape of a reply draft, format 1: opinions in words (<see cref="OpinionCodes"/>), never the number of
/// a form's enum, and a format field so that a later shape can still read this one. Drafts saved before formats were
/// versioned (format 0, choices as numbers of the form's enum as it then was) are still read.
/// </summary>
public static class DraftFormat
{
    public const int CurrentFormat = 1;

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public static string Write(DraftContent draft) => JsonSerializer.Serialize(
        new StoredDraft(
            CurrentFormat,
            new StoredSignatory(draft.SignatoryName, draft.SignatoryTitle, draft.SignatoryPlace),
            draft.Rows.Select(r => new StoredRow(
                r.TextId,
                ReplyRowForm.ToOpinion(r.Choice) is { } opinion ? OpinionCodes.Of(opinion) : null,
                r.Comment,
                r.Files.Select(f => new StoredFile(f.StoredName, f.FileName, f.ContentType, f.Length, f.Sha256)).ToList())).ToList()),
        Json);

    public static DraftContent Read(string content)
    {
        var node = JsonNode.Parse(content) as JsonObject ?? throw new InvalidDataException("The draft cannot be read.");
        var format = node["format"]?.GetValue<int>() ?? 0;
        return format switch
        {
            0 => ReadFormat0(content),
            CurrentFormat => ReadFormat1(content),
            _ => throw new InvalidDataException($"The draft has format {format}, newer than this portal knows."),
        };
    }

    private static DraftContent ReadFormat1(string content)
    {
        var stored = JsonSerializer.Deserialize<StoredDraft>(content, Json) ?? throw new InvalidDataException("The draft cannot be read.");
        return new DraftContent(
            stored.Rows.Select(r => new DraftRow(
                r.TextId,
                ReplyRowForm.FromOpinion(r.Opinion is null ? null : OpinionCodes.Parse(r.Opinion)),
                r.Comment,
                r.Files.Select(f => new ReplyAttachment(r.TextId, f.StoredName, f.FileName, f.ContentType, f.Length, f.Sha256)).ToList())).ToList(),
            stored.Signatory.Name,
            stored.Signatory.Title,
            stored.Signatory.Place);
    }

    /// <summary>Format 0 stored the form's choice as the number it had then: 0 none, 1 no comments, 2 with comments, 3 does not assign.</summary>
    private static DraftContent ReadFormat0(string content)
    {
        var legacy = JsonSerializer.Deserialize<LegacyDraft>(content) ?? throw new InvalidDataException("The draft cannot be read.");
        return new DraftContent(
            legacy.Rows.Select(r => new DraftRow(r.TextId, ReplyRowForm.FromOpinion(LegacyChoice(r.Choice)), r.Comment, r.Files)).ToList(),
            legacy.SignatoryName,
            legacy.SignatoryTitle,
            legacy.SignatoryPlace);
    }

    private static Opinion? LegacyChoice(int choice) => choice switch
    {
        0 => null,
        1 => Opinion.AssignsAuthorityNoComments,
        2 => Opinion.AssignsAuthorityWithComments,
        3 => Opinion.DoesNotAssignAuthority,
        _ => throw new InvalidDataException($"Choice {choice} is not a choice of a format 0 draft."),
    };

    private sealed record StoredDraft(int Format, StoredSignatory Signatory, IReadOnlyList<StoredRow> Rows);

    private sealed record StoredSignatory(string Name, string? Title, string? Place);

    private sealed record StoredRow(int TextId, string? Opinion, string? Comment, IReadOnlyList<StoredFile> Files);

    private sealed record StoredFile(string StoredName, string FileName, string ContentType, long Length, string Sha256);

    private sealed record LegacyDraft(IReadOnlyList<LegacyRow> Rows, string SignatoryName, string? SignatoryTitle, string? SignatoryPlace);

    private sealed record LegacyRow(int TextId, int Choice, string? Comment, IReadOnlyList<ReplyAttachment> Files);
}
