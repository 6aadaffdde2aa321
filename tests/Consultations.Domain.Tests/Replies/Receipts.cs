using Consultations.Domain.Replies;

namespace Consultations.Domain.Tests.Replies;

public class Receipts
{
    [Fact]
    public void A_version_gets_a_reference_and_the_digest_of_its_canonical_content()
    {
        var circular = Builders.Published104();
        var reply = Reply.Start(circular, Builders.France);
        reply.Submit(circular, Builders.Online(new TextOpinion(1, Opinion.AssignsAuthorityNoComments)), Builders.Utc(2026, 5, 1));
        var second = reply.Submit(circular, Builders.Online(new TextOpinion(1, Opinion.AssignsAuthorityNoComments)), Builders.Utc(2026, 5, 2));

        Assert.Equal("C104-2026-FRA-v2", reply.ReferenceOf(circular, second));
        Assert.Equal(64, second.Digest.Length);
        Assert.Equal(ReplyReceipt.Digest(ReplyReceipt.Canonical(circular, "FRA", second)), second.Digest);
    }

    [Fact]
    public void A_version_names_the_texts_on_which_it_says_something_else_than_the_one_before()
    {
        var circular = Builders.Published104();
        var reply = Reply.Start(circular, Builders.France);
        var first = reply.Submit(circular, Builders.Online(
            new TextOpinion(1, Opinion.AssignsAuthorityNoComments),
            new TextOpinion(2, Opinion.AssignsAuthorityWithComments, "Clause 6."),
            new TextOpinion(3, Opinion.DoesNotAssignAuthority, "Overlaps.")), Builders.Utc(2026, 5, 1));
        var same = reply.Submit(circular, Builders.Online(
            new TextOpinion(1, Opinion.AssignsAuthorityNoComments),
            new TextOpinion(2, Opinion.AssignsAuthorityWithComments, "Clause 6."),
            new TextOpinion(3, Opinion.DoesNotAssignAuthority, "Overlaps.")), Builders.Utc(2026, 5, 2));
        var changed = reply.Submit(circular, Builders.Online(
            new TextOpinion(2, Opinion.AssignsAuthorityWithComments, "Clause 7."),
            new TextOpinion(3, Opinion.AssignsAuthorityNoComments)), Builders.Utc(2026, 5, 3));

        Assert.Empty(same.TextsChangedFrom(first));
        Assert.Equal([1, 2, 3], changed.TextsChangedFrom(same));
    }

    [Fact]
    public void Any_change_to_what_the_version_says_changes_the_digest()
    {
        var circular = Builders.Published104();
        var a = Reply.Start(circular, Builders.France);
        var b = Reply.Start(circular, Builders.France);
        var c = Reply.Start(circular, Builders.France);
        var at = Builders.Utc(2026, 5, 1);

        var plain = a.Submit(circular, Builders.Online(new TextOpinion(2, Opinion.AssignsAuthorityWithComments, "Comment")), at);
        var same = b.Submit(circular, Builders.Online(new TextOpinion(2, Opinion.AssignsAuthorityWithComments, "Comment")), at);
        var changed = c.Submit(circular, Builders.Online(new TextOpinion(2, Opinion.AssignsAuthorityWithComments, "Comment.")), at);

        Assert.Equal(plain.Digest, same.Digest);
        Assert.NotEqual(plain.Digest, changed.Digest);
    }

    [Fact]
    public void The_canonical_text_names_every_fact_in_a_fixed_order()
    {
        var circular = Builders.Published104();
        var reply = Reply.Start(circular, Builders.France);
        var version = reply.Submit(
            circular,
            Builders.Online(new TextOpinion(3, Opinion.DoesNotAssignAuthority, "Line one\nline two"), new TextOpinion(1, Opinion.AssignsAuthorityNoComments)),
            Builders.Utc(2026, 5, 1));

        var canonical = ReplyReceipt.Canonical(circular, "FRA", version);

        Assert.Equal(
            "circular=104/2026\nadministration=FRA\nversion=1\nchannel=Online\nreceived=2026-05-01T12:00:00.0000000Z\n"
            + "signatory=Jeanne Martin|Head of Standards|Paris|2026-05-01\n"
            + "text.1=X.1280|AssignsAuthorityNoComments|\ntext.3=X.1282|DoesNotAssignAuthority|Line one\\nline two\n",
            canonical);
    }
}
