using Consultations.Domain.Circulars;
using Consultations.Web.Features.Circulars;
using Consultations.Web.Features.Shared;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Microsoft.Extensions.Localization;

namespace Consultations.Web.Features.Calendar;

/// <summary>
/// Circulars as iCalendar (RFC 5545): the reply deadline at 2359 hours UTC, as an instant, so that every calendar
/// shows it in its own time zone; the meeting as whole days. Event identifiers are stable, so a feed that is read
/// again updates the events (an extended deadline moves) instead of adding new ones.
/// </summary>
public sealed class DeadlineCalendar(IStringLocalizer<SharedResource> localizer, PortalLinks links)
{
    public string Write(IEnumerable<Circular> circulars, string name)
    {
        var calendar = new Ical.Net.Calendar { ProductId = "-//ITU-T Consultations//EN" };
        calendar.AddProperty("X-WR-CALNAME", name);
        foreach (var circular in circulars)
        {
            var page = links.To(nameof(CircularsController.Show), "Circulars", new { id = circular.Id });
            // Shown at the minute the circulars name ("2359 hours UTC"); the domain's instant is the end of that minute.
            var instant = circular.DeadlineInstant;
            var deadline = new CalDateTime(DateTime.SpecifyKind(instant.AddTicks(-(instant.Ticks % TimeSpan.TicksPerMinute)), DateTimeKind.Utc));
            calendar.Events.Add(new CalendarEvent
            {
                Uid = $"deadline-{circular.Id}@consultations.itu.int",
                Summary = localizer["Reply deadline: TSB Circular {0} (Study Group {1})", circular.Number, circular.StudyGroup],
                Description = localizer["Member States reply by 2359 hours UTC on {0}. {1}", DateDisplay.Day(circular.DeadlineDate), page],
                Start = deadline,
                End = deadline,
                Url = new Uri(page),
                Status = circular.IsCancelled ? "CANCELLED" : "CONFIRMED",
            });
            if (circular.Meeting is { FirstDay: { } first, LastDay: { } last })
            {
                calendar.Events.Add(new CalendarEvent
                {
                    Uid = $"meeting-{circular.Id}@consultations.itu.int",
                    Summary = localizer["ITU-T Study Group {0} meeting ({1})", circular.StudyGroup, circular.Meeting.Place],
                    Description = localizer["The meeting at which the texts of TSB Circular {0} are proposed for approval. {1}", circular.Number, page],
                    Location = circular.Meeting.Place,
                    Start = new CalDateTime(first),
                    End = new CalDateTime(last.AddDays(1)),
                    Url = new Uri(page),
                });
            }
        }

        return new CalendarSerializer().SerializeToString(calendar) ?? string.Empty;
    }
}
