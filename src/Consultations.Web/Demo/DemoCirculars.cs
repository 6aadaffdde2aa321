using System.Globalization;
using Consultations.Domain.Circulars;
using Consultations.Web.Features.CircularImport;
using Consultations.Domain.Import;
using Consultations.Domain.Replies;
using Consultations.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Consultations.Web.Demo;

/// <summary>
/// The sample circulars for a newcomer's first run: 104 (with its Chinese version) open for replies, its dates
/// moved by whole weeks so that the deadline lies ahead, and 142 closed, as it really was.
/// </summary>
public sealed class DemoCirculars(AppDbContext db, TimeProvider clock, ILogger<DemoCirculars> logger)
{
    public async Task SeedAsync()
    {
        if (await db.Circulars.AnyAsync())
        {
            return;
        }

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var open = Build(CircularParser.Parse(Read("tsb-circular-104-2026-en.txt")), today, keepOpen: true);
        var chinese = CircularParser.Parse(Read("tsb-circular-104-2026-zh.txt"));
        CircularImporter.ApplyTranslation(open, chinese);

        var closed = Build(CircularParser.Parse(Read("tsb-circular-142-2023-en.txt")), today, keepOpen: false);
        db.Circulars.AddRange(open, closed);
        await db.SaveChangesAsync();
        await AddDemoRepliesAsync(closed);
        logger.LogInformation("Demo circulars {Open} (open until {Deadline}) and {Closed} (closed) were added.", open.Number, open.DeadlineDate, closed.Number);
    }

    /// <summary>Invented replies to the closed circular, so that its tally, compilation and exports show something.</summary>
    private async Task AddDemoRepliesAsync(Circular circular)
    {
        var states = await db.MemberStates.Where(m => !m.IsObserver).OrderBy(m => m.Code).ToListAsync();
        var received = circular.DeadlineInstant.AddDays(-10);
        var index = 0;
        foreach (var state in states.Where(s => s.IsMemberOn(circular.Date)).Where((_, i) => i % 6 == 0))
        {
            var opinions = circular.Texts.Select(t => ((index + t.Id) % 9) switch
            {
                0 => new TextOpinion(t.Id, Opinion.DoesNotAssignAuthority, $"Demo reasons of {state.Name}: the text needs another round of comments."),
                1 or 2 => new TextOpinion(t.Id, Opinion.AssignsAuthorityWithComments, $"Demo comment of {state.Name} on clause {t.Id + 3}."),
                _ => new TextOpinion(t.Id, Opinion.AssignsAuthorityNoComments),
            }).ToList();
            var reply = Reply.Start(circular, state);
            reply.Submit(
                circular,
                new ReplySubmission(opinions, [], new Signatory($"Demo official of {state.Name}", "Director", state.Name, DateOnly.FromDateTime(received)), ReplyChannel.Email, "demo", "TSB (demo data)", received.AddMinutes(index)),
                received.AddMinutes(index));
            db.Replies.Add(reply);
            index++;
        }

        await db.SaveChangesAsync();
    }

    private static Circular Build(ParsedCircular parsed, DateOnly today, bool keepOpen)
    {
        // Whole weeks keep every date on its weekday, so the deadline still leaves seven working days.
        var weeks = keepOpen ? Math.Max(0, (int)Math.Ceiling((today.AddDays(30).DayNumber - parsed.Deadline!.Value.DayNumber) / 7.0)) : 0;
        DateOnly? Shift(DateOnly? day) => day?.AddDays(7 * weeks);

        var circular = new Circular(new CircularDetails(
            parsed.Number!.Value,
            Shift(parsed.Date)!.Value,
            parsed.Reference!,
            parsed.StudyGroup!.Value,
            parsed.Addressees ?? string.Empty,
            new Meeting(parsed.Meeting.Place ?? string.Empty, Shift(parsed.Meeting.Start), Shift(parsed.Meeting.End)),
            Shift(parsed.Deadline)!.Value,
            parsed.Notes,
            ["en"],
            string.Join("; ", parsed.CopyTo)));
        foreach (var text in parsed.Texts)
        {
            circular.AddText(new DraftTextDetails(text.Kind, text.Recommendation, text.Title, text.Summary, text.ProvisionalName, text.DocumentRef, text.AmendmentNumber));
        }

        if (weeks > 0)
        {
            circular.MarkAsDemo();
        }

        circular.Publish(circular.Date.ToDateTime(new TimeOnly(9, 0), DateTimeKind.Utc), "TSB (demo data)");
        return circular;
    }

    private static string Read(string name)
    {
        using var stream = typeof(DemoCirculars).Assembly.GetManifestResourceStream($"Demo.Circulars.{name}")
            ?? throw new InvalidOperationException($"The demo circular {name} is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
