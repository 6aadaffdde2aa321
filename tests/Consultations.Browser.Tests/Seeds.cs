using Consultations.Domain.Circulars;
using Consultations.Domain.Import;
using Consultations.Testing;
using Microsoft.EntityFrameworkCore;

namespace Consultations.Browser.Tests;

public static class Seeds
{
    /// <summary>Circular 104 as read from its document, published on its real date (13 February 2026).</summary>
    public static async Task<Circular> PublishedCircular104Async(PortalFactory portal)
    {
        Circular? existing = null;
        await portal.WithDbAsync(async db => existing = await db.Circulars.FirstOrDefaultAsync(c => c.Number == 104));
        if (existing is not null)
        {
            // Journeys of one class share the portal: they share the circular too.
            return existing;
        }

        var parsed = CircularParser.Parse(SampleDocuments.Read("tsb-circular-104-2026-en.txt"));
        var circular = new Circular(new CircularDetails(
            parsed.Number!.Value, parsed.Date!.Value, parsed.Reference!, parsed.StudyGroup!.Value, parsed.Addressees!,
            new Meeting(parsed.Meeting.Place!, parsed.Meeting.Start, parsed.Meeting.End), parsed.Deadline!.Value, parsed.Notes, ["en"]));
        foreach (var text in parsed.Texts)
        {
            circular.AddText(new DraftTextDetails(text.Kind, text.Recommendation, text.Title, text.Summary, text.ProvisionalName, text.DocumentRef, text.AmendmentNumber));
        }

        return await CircularSeeds.AddAsync(portal, circular, new DateTime(2026, 2, 13, 9, 0, 0, DateTimeKind.Utc));
    }

    public static readonly byte[] Pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"u8.ToArray();
}
