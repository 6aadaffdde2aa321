using Consultations.Domain.Circulars;
using Consultations.Domain.Common;
using Consultations.Domain.Tally;

namespace Consultations.Domain.Tests.Circulars;

public class Publishing_a_circular
{
    private static readonly DateTime PublishTime = Builders.Utc(2026, 2, 13, 9);

    [Fact]
    public void A_circular_without_texts_cannot_be_published()
    {
        var circular = Builders.Circular104(textCount: 0);

        var error = Assert.Throws<DomainException>(() => circular.Publish(PublishTime, "tsb"));
        Assert.Equal("Circular.NoTexts", error.Code);
        Assert.False(circular.IsPublished);
    }

    [Fact]
    public void Short_notice_is_refused_without_a_reason_and_recorded_with_one()
    {
        var circular = new Circular(new CircularDetails(
            105, new DateOnly(2026, 4, 1), "SG17/XY", 17, "Administrations", new Meeting("Geneva", new DateOnly(2026, 6, 1), new DateOnly(2026, 6, 10)),
            new DateOnly(2026, 5, 20), [], ["en"]));
        circular.AddText(new DraftTextDetails(DraftTextKind.New, "X.1500", "A title"));

        var error = Assert.Throws<DomainException>(() => circular.Publish(Builders.Utc(2026, 4, 1), "tsb"));
        Assert.Equal("Circular.NoticeTooShort", error.Code);
        Assert.Contains("less than three months", error.Message);

        circular.Publish(Builders.Utc(2026, 4, 1), "tsb", "Urgent security fix agreed by the study group");
        Assert.True(circular.IsPublished);
        Assert.Equal("Urgent security fix agreed by the study group", circular.NoticeOverrideReason);
    }

    [Fact]
    public void A_published_circular_cannot_be_edited_silently()
    {
        var circular = Builders.Published104();

        var error = Assert.Throws<DomainException>(() => circular.AddText(new DraftTextDetails(DraftTextKind.New, "X.9999", "Late addition")));
        Assert.Equal("Circular.AlreadyPublished", error.Code);
        Assert.Throws<DomainException>(() => circular.RemoveText(circular.Texts[0]));
    }

    [Fact]
    public void Amendments_are_kept_in_order_with_their_reasons()
    {
        var circular = Builders.Published104();
        var at = Builders.Utc(2026, 3, 1);

        circular.ExtendDeadline(new DateOnly(2026, 5, 22), "Holiday in Geneva", at, "tsb");
        circular.WithdrawText(circular.Texts[2], "Withdrawn by the rapporteur", at.AddHours(1), "tsb");
        circular.CorrectText(circular.Texts[0], "en", "Corrected title", "Summary", "Typo", at.AddHours(2), "tsb");

        Assert.Equal([AmendmentKind.DeadlineExtended, AmendmentKind.TextWithdrawn, AmendmentKind.Correction], circular.Amendments.Select(a => a.Kind));
        Assert.Equal([1, 2, 3], circular.Amendments.Select(a => a.Sequence));
        Assert.Equal("2026-05-20 -> 2026-05-22", circular.Amendments[0].Details);
        Assert.Equal(new DateOnly(2026, 5, 22), circular.DeadlineDate);
        Assert.True(circular.Texts[2].IsWithdrawn);
        Assert.Equal(2, circular.ActiveTexts.Count());
        Assert.Equal("Corrected title", circular.Texts[0].Title);
    }

    [Fact]
    public void An_amendment_needs_a_reason_and_a_later_deadline()
    {
        var circular = Builders.Published104();

        Assert.Equal("Circular.AmendmentReasonRequired", Assert.Throws<DomainException>(
            () => circular.ExtendDeadline(new DateOnly(2026, 5, 22), " ", PublishTime, "tsb")).Code);
        Assert.Equal("Circular.DeadlineNotLater", Assert.Throws<DomainException>(
            () => circular.ExtendDeadline(new DateOnly(2026, 5, 19), "reason", PublishTime, "tsb")).Code);
        Assert.Empty(circular.Amendments);
    }

    [Fact]
    public void Moves_through_its_life_cycle_with_time()
    {
        var circular = Builders.Circular104();
        Assert.Equal(CircularStatus.Draft, circular.StatusAt(PublishTime));

        circular.Publish(PublishTime, "tsb");
        Assert.Equal(CircularStatus.Published, circular.StatusAt(circular.DeadlineInstant));
        Assert.Equal(CircularStatus.Closed, circular.StatusAt(circular.DeadlineInstant.AddTicks(1)));

        var finalTally = TallyService.Compute(new TallyRequest(circular.Date, circular.DeadlineDate, [circular.Texts[0].Id], [Builders.France], [], Builders.Utc(2026, 6, 5)));
        circular.RecordDecision(circular.Texts[0], OutcomeKind.Approved, [], finalTally, [Builders.France], null, Builders.Utc(2026, 6, 5), "sec");
        Assert.Equal(CircularStatus.Decided, circular.StatusAt(Builders.Utc(2026, 6, 5)));
    }

    [Fact]
    public void Texts_can_be_reordered_and_removed_while_draft()
    {
        var circular = Builders.Circular104(textCount: 3);
        var last = circular.Texts[2];

        circular.MoveText(last, 1);
        Assert.Equal(["X.1282", "X.1280", "X.1281"], circular.Texts.OrderBy(t => t.Position).Select(t => t.Recommendation));

        circular.RemoveText(circular.Texts[0]);
        Assert.Equal(["X.1282", "X.1281"], circular.Texts.OrderBy(t => t.Position).Select(t => t.Recommendation));
        Assert.Equal([1, 2], circular.Texts.OrderBy(t => t.Position).Select(t => t.Position));
    }

    [Theory]
    [InlineData("X1280")]
    [InlineData("")]
    [InlineData("x.1280")]
    public void Refuses_a_malformed_recommendation_number(string number)
    {
        var circular = Builders.Circular104(textCount: 0);

        var error = Assert.Throws<DomainException>(() => circular.AddText(new DraftTextDetails(DraftTextKind.New, number, "Title")));
        Assert.Equal("DraftText.InvalidRecommendation", error.Code);
    }

    [Fact]
    public void An_amendment_carries_its_number()
    {
        var circular = Builders.Circular104(textCount: 0);

        Assert.Throws<DomainException>(() => circular.AddText(new DraftTextDetails(DraftTextKind.Amendment, "X.1352", "Amendment")));
        var text = circular.AddText(new DraftTextDetails(DraftTextKind.Amendment, "X.1352", "Amendment", AmendmentNumber: 1));

        Assert.Equal("Amendment 1 to X.1352", text.DisplayNumber);
    }

    [Fact]
    public void A_translation_adds_the_language_and_falls_back_to_english()
    {
        var circular = Builders.Circular104(textCount: 1);
        var text = circular.Texts[0];

        circular.SetTranslation(text, new TextTranslation("zh", "使用移动设备的带外相互认证框架", null));

        Assert.Contains("zh", circular.Languages);
        Assert.Equal("使用移动设备的带外相互认证框架", text.TitleIn("zh"));
        Assert.Equal("Title 1", text.TitleIn("fr"));
    }
}
