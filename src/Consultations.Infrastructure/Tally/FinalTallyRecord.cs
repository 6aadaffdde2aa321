using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Consultations.Domain.Tally;
using Consultations.Infrastructure.Replies;

namespace Consultations.Infrastructure.Tally;

/// <summary>
/// The stored shape of a final tally, format 1 (docs/domain.md). It keeps the tally's inputs (the standings, and each
/// version the tally counted or showed, with its opinions in words) and the per-text counts as plain numbers; the
/// decision and the margin are never stored: a reader recomputes them with today's rule from the inputs, checks the
/// counts against the stored ones and the content against its digest.
/// </summary>
public sealed record FinalTallyRecord
{
    public const int CurrentFormat = 1;

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        WriteIndented = false,
    };

    public int Format { get; init; } = CurrentFormat;

    public int CircularId { get; init; }

    public DateOnly DeadlineDate { get; init; }

    public DateTime ComputedAtUtc { get; init; }

    public IReadOnlyList<int> TextIds { get; init; } = [];

    /// <summary>Codes of the Member States that count for the circular (members on its date).</summary>
    public IReadOnlyList<string> MemberStates { get; init; } = [];

    public IReadOnlyList<string> Observers { get; init; } = [];

    public IReadOnlyList<RecordedVersion> Counted { get; init; } = [];

    /// <summary>Versions shown but not counted: late ones, observers'.</summary>
    public IReadOnlyList<RecordedVersion> NotCounted { get; init; } = [];

    public IReadOnlyList<RecordedTextResult> Results { get; init; } = [];

    public static FinalTallyRecord From(int circularId, TallyInputs inputs, CircularTally tally) => new()
    {
        CircularId = circularId,
        DeadlineDate = tally.DeadlineDate,
        ComputedAtUtc = tally.ComputedAtUtc,
        TextIds = inputs.TextIds,
        MemberStates = Codes(inputs, Standing.MemberState),
        Observers = Codes(inputs, Standing.Observer),
        Counted = tally.CountedVersions.Select(RecordedVersion.From).ToList(),
        NotCounted = tally.ShownVersions.Select(RecordedVersion.From).ToList(),
        Results = tally.Texts.Select(RecordedTextResult.From).ToList(),
    };

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static FinalTallyRecord FromJson(string json) =>
        JsonSerializer.Deserialize<FinalTallyRecord>(json, Json) ?? throw new InvalidDataException("Empty final tally record.");

    public static string DigestOf(string content) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content)));

    /// <summary>The inputs again, for the domain to recompute the tally.</summary>
    public TallyInputs ToInputs()
    {
        var standings = MemberStates.Select(code => (code, Standing.MemberState))
            .Concat(Observers.Select(code => (code, Standing.Observer)))
            .ToDictionary(s => s.code, s => s.Item2, StringComparer.Ordinal);
        var versions = Counted.Concat(NotCounted).Select(v => v.ToTallyVersion()).ToList();
        return new TallyInputs(DeadlineDate, TextIds, standings, versions, ComputedAtUtc);
    }

    private static List<string> Codes(TallyInputs inputs, Standing standing) =>
        inputs.Standings.Where(s => s.Value == standing).Select(s => s.Key).Order(StringComparer.Ordinal).ToList();
}

/// <summary>One version as the record keeps it; opinions by text id (as a string key) in words.</summary>
public sealed record RecordedVersion(int VersionId, string MemberState, int Number, DateTime ReceivedAtUtc, IReadOnlyDictionary<string, string> Opinions)
{
    public static RecordedVersion From(TallyVersion version) => new(
        version.VersionId,
        version.MemberStateCode,
        version.VersionNumber,
        version.ReceivedAtUtc,
        version.Opinions.OrderBy(o => o.Key).ToDictionary(o => o.Key.ToString(CultureInfo.InvariantCulture), o => OpinionCodes.Of(o.Value)));

    public TallyVersion ToTallyVersion() => new(
        MemberState,
        Number,
        DateTime.SpecifyKind(ReceivedAtUtc, DateTimeKind.Utc),
        Opinions.ToDictionary(o => int.Parse(o.Key, CultureInfo.InvariantCulture), o => OpinionCodes.Parse(o.Value)))
    {
        VersionId = VersionId,
    };
}

/// <summary>The counts of one text, as plain numbers for anyone reading the record without the code.</summary>
public sealed record RecordedTextResult(int TextId, int SupportingNoComments, int SupportingWithComments, int NotSupporting, int NoOpinion, int NotReplied, int Late, int Observers)
{
    public static RecordedTextResult From(TextTally t) =>
        new(t.TextId, t.SupportingNoComments, t.SupportingWithComments, t.NotSupporting, t.NoOpinion, t.NotReplied, t.Late, t.ObserverReplies);

    public bool Matches(TextTally t) => this == From(t);
}
