using Consultations.Domain.Replies;
using Consultations.Domain.Tally;
using Consultations.Infrastructure.Tally;
using Consultations.Web.Features.Replies;
using Consultations.Web.Features.Shared;

namespace Consultations.Web.Tests.Foundation;

/// <summary>
/// Final tallies and drafts are read from the words they were stored with, never from an enum's number: each format the
/// portal ever wrote is pinned here as text, so reordering or renaming an enum in the code cannot change what they say.
/// </summary>
public class Stored_records_outlive_the_code
{
    private const string FinalTallyFormat1 = """
        {"format":1,"circularId":7,"deadlineDate":"2026-05-20","computedAtUtc":"2026-05-21T00:01:00Z","textIds":[1,2],
         "memberStates":["DEU","FRA","KEN"],"observers":["PSE"],
         "counted":[{"versionId":11,"memberState":"DEU","number":1,"receivedAtUtc":"2026-05-01T10:00:00Z","opinions":{"1":"does-not-assign-authority","2":"assigns-authority-no-comments"}},
                    {"versionId":12,"memberState":"FRA","number":2,"receivedAtUtc":"2026-05-02T10:00:00Z","opinions":{"1":"assigns-authority-with-comments"}}],
         "notCounted":[{"versionId":13,"memberState":"PSE","number":1,"receivedAtUtc":"2026-05-03T10:00:00Z","opinions":{"1":"does-not-assign-authority"}}],
         "results":[{"textId":1,"supportingNoComments":0,"supportingWithComments":1,"notSupporting":1,"noOpinion":0,"notReplied":1,"late":0,"observers":1},
                    {"textId":2,"supportingNoComments":1,"supportingWithComments":0,"notSupporting":0,"noOpinion":1,"notReplied":1,"late":0,"observers":0}]}
        """;

    /// <summary>What the first version of the portal stored: the tally record itself, its enums as numbers.</summary>
    private const string FinalTallyFormat0 = """
        {"ComputedAtUtc":"2026-05-21T00:01:00Z","Status":1,"EligibleMemberStates":3,"RepliesCounted":2,"NotReplied":["KEN"],"LateReplies":[],"ObserverReplies":["PSE"],
         "Texts":[{"TextId":1,"SupportingNoComments":0,"SupportingWithComments":1,"NotSupporting":1,"NoOpinion":0,"NotReplied":1,"Late":0,"ObserverReplies":1,"Supporting":1,"Counted":2,"ConsiderationAuthorized":false,"SupportPercentage":50.0,"Margin":{"Kind":1,"Count":2}}]}
        """;

    private static TallySnapshot Snapshot(string content, int format) => new()
    {
        CircularId = 7,
        DeadlineDate = new DateOnly(2026, 5, 20),
        Sequence = 1,
        FormatVersion = format,
        TakenAtUtc = new DateTime(2026, 5, 21, 0, 1, 0, DateTimeKind.Utc),
        Content = content,
        Digest = FinalTallyRecord.DigestOf(content),
    };

    [Fact]
    public void A_format_1_final_tally_is_recomputed_from_its_words_and_checks_out()
    {
        var read = StoredFinalTally.Read(Snapshot(FinalTallyFormat1, 1));

        Assert.True(read.Verified, read.Problem);
        Assert.Equal(TallyStatus.Final, read.Tally.Status);
        Assert.Equal((1, 1, 1), (read.Tally.For(1).Supporting, read.Tally.For(1).NotSupporting, read.Tally.For(1).ObserverReplies));
        Assert.False(read.Tally.For(1).ConsiderationAuthorized);
        Assert.True(read.Tally.For(2).ConsiderationAuthorized);
        Assert.Equal(["KEN"], read.Tally.NotReplied);
    }

    [Fact]
    public void A_final_tally_recorded_before_formats_were_versioned_still_reads()
    {
        var read = StoredFinalTally.Read(Snapshot(FinalTallyFormat0, 0));

        Assert.True(read.Verified);
        Assert.Equal((1, 1, 2), (read.Tally.For(1).Supporting, read.Tally.For(1).NotSupporting, read.Tally.RepliesCounted));
        Assert.Equal(new DateOnly(2026, 5, 20), read.Tally.DeadlineDate);
    }

    [Fact]
    public void A_changed_record_or_changed_counts_are_reported_not_shown_as_valid()
    {
        var tampered = Snapshot(FinalTallyFormat1, 1);
        tampered.Content = tampered.Content.Replace("\"does-not-assign-authority\",\"2\"", "\"assigns-authority-no-comments\",\"2\"", StringComparison.Ordinal);
        var wrongCounts = Snapshot(FinalTallyFormat1.Replace("\"notSupporting\":1", "\"notSupporting\":0", StringComparison.Ordinal), 1);

        Assert.NotEqual(FinalTallyFormat1, tampered.Content);
        Assert.False(StoredFinalTally.Read(tampered).Verified);
        Assert.Contains("digest", StoredFinalTally.Read(tampered).Problem);
        Assert.False(StoredFinalTally.Read(wrongCounts).Verified);
        Assert.Contains("differ", StoredFinalTally.Read(wrongCounts).Problem);
    }

    [Fact]
    public void A_final_tally_is_written_with_opinions_in_words_and_reads_back_the_same()
    {
        var versions = new List<TallyVersion>
        {
            new("FRA", 1, new DateTime(2026, 5, 1, 0, 0, 0, DateTimeKind.Utc), new Dictionary<int, Opinion> { [1] = Opinion.DoesNotAssignAuthority, [2] = Opinion.AssignsAuthorityWithComments }) { VersionId = 5 },
        };
        var inputs = new TallyInputs(new DateOnly(2026, 5, 20), [1, 2], new Dictionary<string, Standing> { ["FRA"] = Standing.MemberState, ["DEU"] = Standing.MemberState }, versions, new DateTime(2026, 5, 21, 0, 0, 0, DateTimeKind.Utc));
        var tally = TallyService.Compute(inputs);

        var json = FinalTallyRecord.From(7, inputs, tally).ToJson();
        var read = StoredFinalTally.Read(Snapshot(json, FinalTallyRecord.CurrentFormat));

        Assert.Contains("\"format\":1", json);
        Assert.Contains("\"1\":\"does-not-assign-authority\"", json);
        Assert.Contains("\"2\":\"assigns-authority-with-comments\"", json);
        Assert.DoesNotContain("Authorized", json, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("margin", json, StringComparison.OrdinalIgnoreCase);
        Assert.True(read.Verified, read.Problem);
        Assert.Equal(tally.Texts, read.Tally.Texts);
    }

    [Fact]
    public void A_draft_is_written_with_a_format_and_opinions_in_words()
    {
        var draft = new DraftContent(
            [new DraftRow(1, ReplyChoice.DoesNotAssign, "Reasons", [new ReplyAttachment(1, "abc.pdf", "reasons.pdf", "application/pdf", 10, new string('a', 64))]), new DraftRow(2, ReplyChoice.None, null, [])],
            "Jeanne Martin",
            "Head",
            "Paris");

        var json = DraftFormat.Write(draft);
        var read = DraftFormat.Read(json);

        Assert.Contains("\"format\":1", json);
        Assert.Contains("\"opinion\":\"does-not-assign-authority\"", json);
        Assert.Contains("\"opinion\":null", json);
        Assert.DoesNotContain("choice", json, StringComparison.OrdinalIgnoreCase);
        Assert.Equal([ReplyChoice.DoesNotAssign, ReplyChoice.None], read.Rows.Select(r => r.Choice));
        Assert.Equal("reasons.pdf", read.Rows[0].Files.Single().FileName);
        Assert.Equal(("Jeanne Martin", "Head", "Paris"), (read.SignatoryName, read.SignatoryTitle, read.SignatoryPlace));
    }

    [Fact]
    public void Drafts_of_both_stored_formats_read_by_their_words_or_their_numbers_of_that_time()
    {
        const string format1 = """{"format":1,"signatory":{"name":"A","title":null,"place":null},"rows":[{"textId":1,"opinion":"assigns-authority-with-comments","comment":"C","files":[]},{"textId":2,"opinion":"assigns-authority-no-comments","comment":null,"files":[]}]}""";
        const string format0 = """{"Rows":[{"TextId":1,"Choice":2,"Comment":"C","Files":[]},{"TextId":2,"Choice":1,"Comment":null,"Files":[]},{"TextId":3,"Choice":3,"Comment":"R","Files":[]},{"TextId":4,"Choice":0,"Comment":null,"Files":[]}],"SignatoryName":"A","SignatoryTitle":null,"SignatoryPlace":null}""";

        var fromWords = DraftFormat.Read(format1);
        var fromNumbers = DraftFormat.Read(format0);

        Assert.Equal([ReplyChoice.WithComments, ReplyChoice.NoComments], fromWords.Rows.Select(r => r.Choice));
        Assert.Equal([ReplyChoice.WithComments, ReplyChoice.NoComments, ReplyChoice.DoesNotAssign, ReplyChoice.None], fromNumbers.Rows.Select(r => r.Choice));
        Assert.Throws<InvalidDataException>(() => DraftFormat.Read("""{"format":2,"rows":[]}"""));
    }
}
