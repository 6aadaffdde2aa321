using Consultations.Domain.Circulars;
using Consultations.Domain.Common;
using Consultations.Domain.Replies;

namespace Consultations.Domain.Tests.Replies;

public class Submission_edges
{
    private readonly Circular circular = Builders.Published104();

    [Fact]
    public void An_online_reply_at_the_last_instant_is_stored_and_one_tick_later_is_refused()
    {
        var reply = Reply.Start(circular, Builders.France);

        reply.Submit(circular, Builders.Online(new TextOpinion(1, Opinion.AssignsAuthorityNoComments)), circular.DeadlineInstant);
        var error = Assert.Throws<DomainException>(() => reply.Submit(circular, Builders.Online(new TextOpinion(1, Opinion.AssignsAuthorityNoComments)), circular.DeadlineInstant.AddTicks(1)));

        Assert.Equal("Reply.DeadlinePassed", error.Code);
        Assert.Single(reply.Versions);
    }

    [Fact]
    public void An_online_reply_without_any_opinion_is_refused()
    {
        var reply = Reply.Start(circular, Builders.France);

        var error = Assert.Throws<DomainException>(() => reply.Submit(circular, Builders.Online(), Builders.Utc(2026, 5, 1)));

        Assert.Equal("Reply.NoOpinion", error.Code);
        Assert.Empty(reply.Versions);
        Assert.Equal("Reply.NoOpinion", Assert.Throws<DomainException>(() => Reply.Validate(circular, Builders.Online())).Code);
    }

    [Fact]
    public void A_recorded_reply_cannot_be_received_in_the_future_or_before_the_circulars_date()
    {
        var reply = Reply.Start(circular, Builders.France);
        var now = Builders.Utc(2026, 5, 1, 12);

        var future = Assert.Throws<DomainException>(() => reply.Submit(circular, Builders.Recorded(ReplyChannel.Fax, now.AddMinutes(1), new TextOpinion(1, Opinion.AssignsAuthorityNoComments)), now));
        var early = Assert.Throws<DomainException>(() => reply.Submit(circular, Builders.Recorded(ReplyChannel.Fax, Builders.Utc(2026, 2, 12, 23, 59), new TextOpinion(1, Opinion.AssignsAuthorityNoComments)), now));
        reply.Submit(circular, Builders.Recorded(ReplyChannel.Fax, Builders.Utc(2026, 2, 13, 0, 0), new TextOpinion(1, Opinion.AssignsAuthorityNoComments)), now);

        Assert.Equal(("Reply.ReceivedInFuture", "ReceivedOn"), (future.Code, future.Subject));
        Assert.Equal("Reply.ReceivedBeforeCircular", early.Code);
        Assert.Single(reply.Versions);
    }

    [Fact]
    public void A_reply_recorded_by_TSB_after_the_deadline_is_stored_and_judged_by_its_date_received()
    {
        var reply = Reply.Start(circular, Builders.France);

        var version = reply.Submit(circular, Builders.Recorded(ReplyChannel.Letter, circular.DeadlineInstant, new TextOpinion(1, Opinion.AssignsAuthorityNoComments)), circular.DeadlineInstant.AddDays(3));

        Assert.Same(version, reply.CountIn(circular, Builders.France).Counted);
    }
}
