using Consultations.Domain.Circulars;
using Consultations.Domain.Common;
using Consultations.Domain.Replies;

namespace Consultations.Domain.Tests.Replies;

public class Submitting_a_reply
{
    private readonly Circular circular = Builders.Published104();

    private DateTime BeforeDeadline => circular.DeadlineInstant.AddDays(-3);

    [Fact]
    public void Comments_attached_needs_a_comment_or_a_file()
    {
        var reply = Reply.Start(circular, Builders.France);

        var error = Assert.Throws<DomainException>(() => reply.Submit(
            circular, Builders.Online(new TextOpinion(1, Opinion.AssignsAuthorityWithComments)), BeforeDeadline));

        Assert.Equal("Reply.CommentsRequired", error.Code);
        Assert.Empty(reply.Versions);
    }

    [Fact]
    public void A_file_is_enough_for_comments()
    {
        var reply = Reply.Start(circular, Builders.France);
        var submission = Builders.Online(new TextOpinion(1, Opinion.AssignsAuthorityWithComments)) with
        {
            Attachments = [new ReplyAttachment(1, "a1b2", "comments.pdf", "application/pdf", 1000, "00ff")],
        };

        var version = reply.Submit(circular, submission, BeforeDeadline);

        Assert.Single(version.Attachments);
    }

    [Fact]
    public void Not_assigning_authority_online_requires_reasons()
    {
        var reply = Reply.Start(circular, Builders.France);

        var error = Assert.Throws<DomainException>(() => reply.Submit(
            circular, Builders.Online(new TextOpinion(2, Opinion.DoesNotAssignAuthority, "  ")), BeforeDeadline));

        Assert.Equal("Reply.ReasonsRequired", error.Code);
        Assert.Contains("9.4.4", error.Message);
    }

    [Theory]
    [InlineData(ReplyChannel.Email)]
    [InlineData(ReplyChannel.Fax)]
    [InlineData(ReplyChannel.Letter)]
    public void A_reply_recorded_by_TSB_without_reasons_is_kept_and_flagged(ReplyChannel channel)
    {
        var reply = Reply.Start(circular, Builders.France);

        var version = reply.Submit(
            circular, Builders.Recorded(channel, BeforeDeadline, new TextOpinion(2, Opinion.DoesNotAssignAuthority)), BeforeDeadline.AddHours(1));

        Assert.True(version.NoReasonsGiven);
        Assert.True(version.IsRecordedByTsb);
        Assert.Equal(BeforeDeadline, version.ReceivedAtUtc);
    }

    [Fact]
    public void A_reply_with_reasons_is_not_flagged()
    {
        var reply = Reply.Start(circular, Builders.France);

        var version = reply.Submit(circular, Builders.Online(new TextOpinion(2, Opinion.DoesNotAssignAuthority, "Conflicts with X.509")), BeforeDeadline);

        Assert.False(version.NoReasonsGiven);
        Assert.False(version.IsRecordedByTsb);
    }

    [Fact]
    public void A_state_that_was_not_a_member_on_the_circulars_date_cannot_reply()
    {
        var circular142 = new Circular(new CircularDetails(
            142, new DateOnly(2023, 10, 11), "SG17/XY", 17, "Administrations",
            new Meeting("Geneva", new DateOnly(2024, 2, 20), new DateOnly(2024, 3, 1)), new DateOnly(2024, 2, 8), [], ["en"]));

        var error = Assert.Throws<DomainException>(() => Reply.Start(circular142, Builders.Palau));

        Assert.Equal("Reply.NotAMember", error.Code);
    }

    [Fact]
    public void An_observer_may_reply()
    {
        var reply = Reply.Start(circular, Builders.Palestine);

        reply.Submit(circular, Builders.Online(new TextOpinion(1, Opinion.AssignsAuthorityNoComments)), BeforeDeadline);

        Assert.Single(reply.Versions);
    }

    [Fact]
    public void Opinions_must_concern_texts_of_the_circular_once_each()
    {
        var reply = Reply.Start(circular, Builders.France);

        Assert.Equal("Reply.UnknownText", Assert.Throws<DomainException>(() => reply.Submit(
            circular, Builders.Online(new TextOpinion(99, Opinion.AssignsAuthorityNoComments)), BeforeDeadline)).Code);
        Assert.Equal("Reply.DuplicateOpinion", Assert.Throws<DomainException>(() => reply.Submit(
            circular,
            Builders.Online(new TextOpinion(1, Opinion.AssignsAuthorityNoComments), new TextOpinion(1, Opinion.AssignsAuthorityNoComments)),
            BeforeDeadline)).Code);
    }

    [Fact]
    public void A_withdrawn_text_takes_no_opinion()
    {
        circular.WithdrawText(circular.Texts[1], "Withdrawn", BeforeDeadline.AddDays(-1), "tsb");
        var reply = Reply.Start(circular, Builders.France);

        Assert.Throws<DomainException>(() => reply.Submit(
            circular, Builders.Online(new TextOpinion(2, Opinion.AssignsAuthorityNoComments)), BeforeDeadline));
    }

    [Fact]
    public void A_text_may_be_left_without_an_opinion()
    {
        var reply = Reply.Start(circular, Builders.France);

        var version = reply.Submit(circular, Builders.Online(new TextOpinion(1, Opinion.AssignsAuthorityNoComments)), BeforeDeadline);

        Assert.Null(version.OpinionOn(2));
        Assert.Equal(Opinion.AssignsAuthorityNoComments, version.OpinionOn(1));
    }

    [Fact]
    public void A_recorded_reply_carries_its_comments_in_the_original_it_arrived_as()
    {
        var reply = Reply.Start(circular, Builders.France);
        var withoutOriginal = Builders.Recorded(ReplyChannel.Fax, BeforeDeadline, new TextOpinion(1, Opinion.AssignsAuthorityWithComments));

        Assert.Equal("Reply.CommentsRequired", Assert.Throws<DomainException>(() => reply.Submit(circular, withoutOriginal, BeforeDeadline)).Code);
        var version = reply.Submit(circular, withoutOriginal with { OriginalDocument = "scan.pdf" }, BeforeDeadline);
        Assert.Equal(Opinion.AssignsAuthorityWithComments, version.OpinionOn(1));
    }
}
