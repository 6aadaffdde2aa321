using Consultations.Domain.Circulars;
using Consultations.Domain.Replies;
using Consultations.Domain.Tally;

namespace Consultations.Domain.Tests.Replies;

public class Which_version_counts
{
    private readonly Circular circular = Builders.Published104();

    private static IEnumerable<int> Late(Reply reply, ReplyCount<ReplyVersion> count) =>
        reply.Versions.Where(v => count.StatusOf(v) == VersionStatus.Late).Select(v => v.Number);

    [Fact]
    public void The_latest_on_time_version_stands_and_every_version_is_kept()
    {
        var reply = Reply.Start(circular, Builders.France);
        reply.Submit(circular, Builders.Online(new TextOpinion(1, Opinion.AssignsAuthorityNoComments)), Builders.Utc(2026, 5, 1));
        reply.Submit(circular, Builders.Online(new TextOpinion(1, Opinion.DoesNotAssignAuthority, "Reasons")), Builders.Utc(2026, 5, 10));

        var counted = reply.CountIn(circular, Builders.France).Counted;

        Assert.Equal(2, counted!.Number);
        Assert.Equal(2, reply.Versions.Count);
        Assert.Equal(2, reply.Revision);
    }

    [Fact]
    public void A_late_revision_keeps_the_on_time_version_counted_and_is_listed_as_late()
    {
        var reply = Reply.Start(circular, Builders.France);
        reply.Submit(circular, Builders.Online(new TextOpinion(1, Opinion.AssignsAuthorityNoComments)), circular.DeadlineInstant);
        reply.Submit(circular, Builders.Recorded(ReplyChannel.Email, circular.DeadlineInstant.AddTicks(1), new TextOpinion(1, Opinion.DoesNotAssignAuthority, "Reasons")), circular.DeadlineInstant.AddHours(1));

        var count = reply.CountIn(circular, Builders.France);
        Assert.Equal(1, count.Counted!.Number);
        Assert.Equal([2], Late(reply, count));
    }

    [Fact]
    public void A_recorded_reply_is_on_time_or_late_by_the_date_it_was_received()
    {
        var reply = Reply.Start(circular, Builders.France);
        var afterDeadline = circular.DeadlineInstant.AddDays(2);
        reply.Submit(circular, Builders.Recorded(ReplyChannel.Fax, circular.DeadlineInstant.AddHours(-1), new TextOpinion(1, Opinion.AssignsAuthorityNoComments)), afterDeadline);
        reply.Submit(circular, Builders.Recorded(ReplyChannel.Email, circular.DeadlineInstant.AddHours(1), new TextOpinion(1, Opinion.AssignsAuthorityNoComments)), afterDeadline);

        var count = reply.CountIn(circular, Builders.France);
        Assert.Equal(1, count.Counted!.Number);
        Assert.Equal([2], Late(reply, count));
    }

    [Fact]
    public void An_extended_deadline_turns_a_late_version_into_the_counted_one()
    {
        var reply = Reply.Start(circular, Builders.France);
        reply.Submit(circular, Builders.Recorded(ReplyChannel.Email, circular.DeadlineInstant.AddHours(5), new TextOpinion(1, Opinion.AssignsAuthorityNoComments)), circular.DeadlineInstant.AddHours(6));
        Assert.Null(reply.CountIn(circular, Builders.France).Counted);

        circular.ExtendDeadline(circular.DeadlineDate.AddDays(2), "Network outage", Builders.Utc(2026, 5, 21), "tsb", reopen: true);

        Assert.Equal(1, reply.CountIn(circular, Builders.France).Counted!.Number);
    }

    [Fact]
    public void An_observers_on_time_version_stands_but_is_not_counted()
    {
        var reply = Reply.Start(circular, Builders.Palestine);
        var version = reply.Submit(circular, Builders.Online(new TextOpinion(1, Opinion.AssignsAuthorityNoComments)), Builders.Utc(2026, 5, 1));

        var count = reply.CountIn(circular, Builders.Palestine);

        Assert.Null(count.Counted);
        Assert.Same(version, count.Shown);
        Assert.Equal(VersionStatus.NotCounted, count.StatusOf(version));
        Assert.Equal(Standing.Observer, count.Standing);
    }

    [Fact]
    public void A_superseded_on_time_version_is_marked_as_replaced()
    {
        var reply = Reply.Start(circular, Builders.France);
        var first = reply.Submit(circular, Builders.Online(new TextOpinion(1, Opinion.AssignsAuthorityNoComments)), Builders.Utc(2026, 5, 1));
        var second = reply.Submit(circular, Builders.Online(new TextOpinion(1, Opinion.AssignsAuthorityNoComments)), Builders.Utc(2026, 5, 2));

        var count = reply.CountIn(circular, Builders.France);

        Assert.Equal(VersionStatus.Superseded, count.StatusOf(first));
        Assert.Equal(VersionStatus.Counts, count.StatusOf(second));
    }
}
