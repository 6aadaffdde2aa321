using System.Text.Json;
using Consultations.Domain.Tally;

namespace Consultations.Infrastructure.Tally;

/// <summary>A recorded final tally as read back: the tally recomputed from the record, and whether the record checks out.</summary>
public sealed record StoredFinalTally(TallySnapshot Snapshot, CircularTally Tally, bool Verified, string? Problem)
{
    /// <summary>Reads a record of any format the portal ever wrote; never throws on a damaged one, but says so.</summary>
    public static StoredFinalTally Read(TallySnapshot snapshot)
    {
        if (FinalTallyRecord.DigestOf(snapshot.Content) != snapshot.Digest)
        {
            return Unreadable(snapshot, "The record does not match its SHA-256 digest.");
        }

        try
        {
            return snapshot.FormatVersion switch
            {
                0 => ReadFormat0(snapshot),
                FinalTallyRecord.CurrentFormat => ReadFormat1(snapshot),
                _ => Unreadable(snapshot, $"Format {snapshot.FormatVersion} is newer than this portal knows."),
            };
        }
        catch (Exception error) when (error is JsonException or InvalidDataException or FormatException or KeyNotFoundException)
        {
            return Unreadable(snapshot, "The record cannot be read: " + error.Message);
        }
    }

    private static StoredFinalTally ReadFormat1(TallySnapshot snapshot)
    {
        var record = FinalTallyRecord.FromJson(snapshot.Content);
        var tally = TallyService.Compute(record.ToInputs());
        var matches = record.Results.Count == tally.Texts.Count
            && record.Results.Zip(tally.Texts).All(pair => pair.First.TextId == pair.Second.TextId && pair.First.Matches(pair.Second));
        return new StoredFinalTally(snapshot, tally, matches, matches ? null : "The counts recomputed from the recorded replies differ from the recorded counts.");
    }

    /// <summary>Records written before formats were versioned held the tally's own JSON; their counts are taken as stored.</summary>
    private static StoredFinalTally ReadFormat0(TallySnapshot snapshot)
    {
        var legacy = JsonSerializer.Deserialize<LegacyTally>(snapshot.Content) ?? throw new InvalidDataException("Empty record.");
        var tally = new CircularTally(
            DateTime.SpecifyKind(legacy.ComputedAtUtc, DateTimeKind.Utc),
            snapshot.DeadlineDate,
            TallyStatus.Final,
            legacy.EligibleMemberStates,
            legacy.RepliesCounted,
            legacy.NotReplied,
            legacy.LateReplies,
            legacy.ObserverReplies,
            legacy.Texts.Select(t => new TextTally(t.TextId, t.SupportingNoComments, t.SupportingWithComments, t.NotSupporting, t.NoOpinion, t.NotReplied, t.Late, t.ObserverReplies)).ToList());
        return new StoredFinalTally(snapshot, tally, Verified: true, Problem: null);
    }

    private static StoredFinalTally Unreadable(TallySnapshot snapshot, string problem) =>
        new(snapshot, new CircularTally(snapshot.TakenAtUtc, snapshot.DeadlineDate, TallyStatus.Final, 0, 0, [], [], [], []), Verified: false, problem);

    private sealed record LegacyTally(
        DateTime ComputedAtUtc,
        int EligibleMemberStates,
        int RepliesCounted,
        List<string> NotReplied,
        List<string> LateReplies,
        List<string> ObserverReplies,
        List<LegacyText> Texts);

    private sealed record LegacyText(int TextId, int SupportingNoComments, int SupportingWithComments, int NotSupporting, int NoOpinion, int NotReplied, int Late, int ObserverReplies);
}
