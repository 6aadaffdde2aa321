using Consultations.Domain.Circulars;
using Consultations.Domain.Replies;
using Consultations.Testing;
using Consultations.Web.Tests.Replies;
using Microsoft.EntityFrameworkCore;

namespace Consultations.Web.Tests.Tally;

/// <summary>Replies written through the domain straight into the database.</summary>
public static class TallySeeds
{
    public static async Task ReplyAsync(PortalFactory portal, int circularId, string state, DateTime receivedUtc, params (int TextId, Opinion Opinion, string? Comment)[] opinions)
    {
        await portal.WithDbAsync(async db =>
        {
            var circular = await db.Circulars.SingleAsync(c => c.Id == circularId);
            var memberState = await db.MemberStates.SingleAsync(m => m.Code == state);
            var reply = await db.Replies.FirstOrDefaultAsync(r => r.CircularId == circularId && r.MemberStateCode == state);
            if (reply is null)
            {
                reply = Reply.Start(circular, memberState);
                db.Replies.Add(reply);
            }

            var submission = new ReplySubmission(
                opinions.Select(o => new TextOpinion(o.TextId, o.Opinion, o.Comment ?? (o.Opinion == Opinion.AssignsAuthorityNoComments ? null : "Reasons of " + state))).ToList(),
                [],
                new Signatory("Official of " + state, "Director", "Capital", DateOnly.FromDateTime(receivedUtc)),
                ReplyChannel.Email,
                "seed",
                "Seed",
                receivedUtc);
            reply.Submit(circular, submission, receivedUtc);
            await db.SaveChangesAsync();
        });
    }

    public static async Task<Circular> CircularAsync(PortalFactory portal, int number, int texts = 3) =>
        await CircularSeeds.AddAsync(portal, CircularSeeds.Draft(number, new DateOnly(2026, 2, 13), new DateOnly(2026, 6, 1), texts), ReplyFixture.Published);
}
