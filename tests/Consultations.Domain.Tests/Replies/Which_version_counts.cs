using Consultations.Domain.Circulars;
using Consultations.Domain.Replies;

namespace Consultations.Domain.Tests.Replies;

public class Which_version_counts
{
    private readonly Circular circular = Builders.Published104();

    [Fact]
    public void The_latest_on_time_version_stands_and_every_version_is_kept()
    {
        var reply = Reply.Start(circular, Builders.France);
        reply.Submit(circular, Builders.Online(new TextOpinion(1, Opinion.AssignsAuthorityNoComments)), Builders.Utc(2026, 5, 1));
        reply.Submit(circular, Builders.Online(new TextOpinion(1, Opinion.DoesNotAssignAuthority, "Reasons")), Builders.Utc(2026, 5, 10));

        var counted = reply.CountedVersion(circular.DeadlineDate);

        Assert.Equal(2, counted!.Number);
        Assert.Equal(2, reply.Versions.Count);
        Assert.Equal(2, reply.Revision);
    }

    [Fact]
    public void A_late_revision_keeps_the_on_time_version_counted_and_is_listed_as_late()
    {
        var reply = Reply.Start(circular, Builders.France);
        reply.Submit(circular, Builders.Online(new TextOpinion(1, Opinion.AssignsAuthorityNoComments)), circular.DeadlineInstant);
        reply.Submit(circular, Builders.Online(new TextOpinion(1, Opinion.DoesNotAssignAuthority, "Reasons")), circular.DeadlineInstant.AddTicks(1));

        Assert.Equal(1, reply.CountedVersion(circular.DeadlineDate)!.Number);
        Assert.Equal([2], reply.LateVersions(circular.DeadlineDate).Select(v => v.Number));
    }

    [Fact]
    public void A_recorded_reply_is_on_time_or_late_by_the_date_it_was_received()
    {
        var reply = Reply.Start(circular, Builders.France);
        var afterDeadline = circular.DeadlineInstant.AddDays(2);
        reply.Submit(circular, Builders.Recorded(ReplyChannel.Fax, circular.DeadlineInstant.AddHours(-1), new TextOpinion(1, Opinion.AssignsAuthorityNoComments)), afterDeadline);
        reply.Submit(circular, Builders.Recorded(ReplyChannel.Email, circular.DeadlineInstant.AddHours(1), new TextOpinion(1, Opinion.AssignsAuthorityNoComments)), afterDeadline);

        Assert.Equal(1, reply.CountedVersion(circular.DeadlineDate)!.Number);
        Assert.Equal([2], reply.LateVersions(circular.DeadlineDate).Select(v => v.Number));
    }

    [Fact]
    public void An_extended_deadline_turns_a_late_version_into_the_counted_one()
    {
        var reply = Reply.Start(circular, Builders.France);
        reply.Submit(circular, Builders.Online(new TextOpinion(1, Opinion.AssignsAuthorityNoComments)), circular.DeadlineInstant.AddHours(5));
        Assert.Null(reply.CountedVersion(circular.DeadlineDate));

        circular.ExtendDeadline(circular.DeadlineDate.AddDays(2), "Network outage", Builders.Utc(2026, 5, 21), "tsb");

        Assert.Equal(1, reply.CountedVersion(circular.DeadlineDate)!.Number);
    }
}
