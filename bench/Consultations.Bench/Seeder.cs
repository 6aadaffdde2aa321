using Consultations.Domain.Circulars;
using Consultations.Domain.Membership;
using Consultations.Domain.Replies;
using Consultations.Infrastructure.Identity;
using Consultations.Infrastructure.Persistence;
using Consultations.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Consultations.Bench;

/// <summary>Fills a portal through its own domain and persistence code: delegates, history, and the circulars measured.</summary>
public static class Seeder
{
    public static async Task<List<(string State, TestAccount Account)>> DelegatesAsync(BenchPortal portal)
    {
        var states = await portal.WithScopeAsync(async s => await s.GetRequiredService<AppDbContext>().MemberStates.AsNoTracking()
            .Where(m => !m.IsObserver).OrderBy(m => m.Code).ToListAsync());
        var members = states.Where(m => m.IsMemberOn(new DateOnly(2026, 2, 13))).ToList();
        var accounts = new List<(string, TestAccount)>();
        foreach (var state in members)
        {
            accounts.Add((state.Code, await portal.CreateAccountAsync(Roles.Delegate, state.Code, twoFactor: true)));
        }

        return accounts;
    }

    /// <summary>Closed circulars of earlier years, each with texts and replies from most Member States, then their final tallies.</summary>
    public static async Task HistoryAsync(BenchPortal portal, int circulars, int textsEach, int repliesEach)
    {
        var random = new Random(1);
        for (var batch = 0; batch < circulars; batch += 25)
        {
            await portal.WithDbAsync(async db =>
            {
                db.ChangeTracker.AutoDetectChangesEnabled = false;
                var roster = await db.MemberStates.AsNoTracking().Where(m => !m.IsObserver).ToListAsync();
                var made = new List<Circular>();
                for (var i = batch; i < Math.Min(circulars, batch + 25); i++)
                {
                    var date = new DateOnly(2023, 1, 2).AddDays(i % 900);
                    var circular = Draft(1 + i, date, date.AddMonths(4), textsEach);
                    circular.Publish(date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc), "bench", "history");
                    made.Add(circular);
                }

                db.Circulars.AddRange(made);
                await db.SaveChangesAsync();
                foreach (var circular in made)
                {
                    var eligible = roster.Where(m => m.IsMemberOn(circular.Date)).OrderBy(_ => random.Next()).Take(repliesEach);
                    db.Replies.AddRange(eligible.Select(state => Replied(circular, state, circular.DeadlineInstant.AddDays(-3), random)));
                }

                await db.SaveChangesAsync();
            });
        }

        await portal.RunDeadlineTasksAsync();
    }

    /// <summary>An open circular dated 13 February 2026 (meeting 1 June), published, with the given texts.</summary>
    public static Task<Circular> OpenCircularAsync(BenchPortal portal, int number, int texts) =>
        CircularSeeds.AddAsync(portal, Draft(number, new DateOnly(2026, 2, 13), new DateOnly(2026, 6, 1), texts), new DateTime(2026, 2, 13, 9, 0, 0, DateTimeKind.Utc));

    /// <summary>Every Member State replies to the circular, straight through the domain.</summary>
    public static Task AllReplyAsync(BenchPortal portal, int circularId) =>
        portal.WithDbAsync(async db =>
        {
            var random = new Random(2);
            var circular = await db.Circulars.SingleAsync(c => c.Id == circularId);
            var roster = await db.MemberStates.AsNoTracking().Where(m => !m.IsObserver).ToListAsync();
            db.Replies.AddRange(roster.Where(m => m.IsMemberOn(circular.Date)).Select(state => Replied(circular, state, new DateTime(2026, 3, 1, 9, 0, 0, DateTimeKind.Utc), random)));
            await db.SaveChangesAsync();
        });

    private static Reply Replied(Circular circular, MemberState state, DateTime received, Random random)
    {
        var reply = Reply.Start(circular, state);
        var opinions = circular.ActiveTexts.Select(t => random.Next(0, 10) switch
        {
            0 => new TextOpinion(t.Id, Opinion.DoesNotAssignAuthority, "Reasons and possible changes."),
            1 => new TextOpinion(t.Id, Opinion.AssignsAuthorityWithComments, "Comments on clause 7."),
            _ => new TextOpinion(t.Id, Opinion.AssignsAuthorityNoComments),
        }).ToList();
        reply.Submit(
            circular,
            new ReplySubmission(opinions, [], new Signatory("Official", "Director", state.Name, DateOnly.FromDateTime(received)), ReplyChannel.Email, "bench", "Bench", received),
            received);
        return reply;
    }

    private static Circular Draft(int number, DateOnly date, DateOnly meetingStart, int texts)
    {
        var circular = new Circular(new CircularDetails(
            number, date, "SG17/XY", 17, "Administrations of Member States of the Union",
            new Meeting("Geneva", meetingStart, meetingStart.AddDays(9)), TapCalendar.ProposedDeadline(meetingStart)!.Value, [], ["en"]));
        for (var i = 0; i < texts; i++)
        {
            circular.AddText(new DraftTextDetails(DraftTextKind.New, $"X.{1000 + i}", $"Draft text {i + 1} of circular {number}", $"Summary of text {i + 1}."));
        }

        return circular;
    }
}
