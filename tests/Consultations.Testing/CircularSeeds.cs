using Consultations.Domain.Circulars;
using Consultations.Infrastructure.Persistence;

namespace Consultations.Testing;

/// <summary>Circulars written straight to the database, for tests about what happens to them.</summary>
public static class CircularSeeds
{
    public static Circular Draft(int number, DateOnly date, DateOnly meetingStart, int texts = 3, DateOnly? deadline = null)
    {
        var circular = new Circular(new CircularDetails(
            number,
            date,
            "SG17/XY",
            17,
            "Administrations of Member States of the Union",
            new Meeting("Geneva", meetingStart, meetingStart.AddDays(9)),
            deadline ?? TapCalendar.ProposedDeadline(meetingStart)!.Value,
            [new CircularNote(NoteKind.Ipr, "No IPR statement was received.")],
            ["en"]));
        for (var i = 0; i < texts; i++)
        {
            circular.AddText(new DraftTextDetails(DraftTextKind.New, $"X.{1500 + i}", $"Draft text {i + 1}", $"Summary of text {i + 1}.", $"X.prov-{i}", $"SG17-R{10 + i}"));
        }

        return circular;
    }

    public static async Task<Circular> AddAsync(PortalFactory portal, Circular circular, DateTime? publishedAtUtc = null)
    {
        if (publishedAtUtc is { } at)
        {
            circular.Publish(at, "seed");
        }

        await portal.WithDbAsync(async db =>
        {
            db.Circulars.Add(circular);
            await db.SaveChangesAsync();
        });
        return circular;
    }
}
