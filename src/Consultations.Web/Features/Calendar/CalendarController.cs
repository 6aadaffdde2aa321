using Consultations.Infrastructure.Identity;
using Consultations.Web.Authorization;
using Consultations.Web.Features.Circulars;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Consultations.Web.Features.Shared;
using Microsoft.Extensions.Localization;

namespace Consultations.Web.Features.Calendar;

public sealed class CalendarController(
    CircularQueries queries,
    CalendarFeeds feeds,
    DeadlineCalendar calendars,
    UserManager<ApplicationUser> users,
    PortalLinks links,
    IStringLocalizer<SharedResource> localizer) : Controller
{
    private const string ContentType = "text/calendar; charset=utf-8";

    /// <summary>One circular's deadline and meeting, for anyone who can read the published circular.</summary>
    [AllowAnonymous]
    [HttpGet("/circulars/{circularId:int}/calendar.ics")]
    public async Task<IActionResult> Circular(int circularId)
    {
        if (await queries.FindAsync(circularId, publishedOnly: true) is not { } circular)
        {
            return NotFound();
        }

        var name = localizer["TSB Circular {0}", circular.Number].Value;
        return File(System.Text.Encoding.UTF8.GetBytes(calendars.Write([circular], name)), ContentType, $"TSB-Circular-{circular.Number}-{circular.Year}.ics");
    }

    /// <summary>The feed of a user's secret address: the deadlines and meetings of the consultations under way.</summary>
    [AllowAnonymous]
    [HttpGet("/calendar/{secret}.ics")]
    public async Task<IActionResult> Feed(string secret, CancellationToken cancellationToken)
    {
        if (await feeds.CircularsForAsync(secret, cancellationToken) is not { } circulars)
        {
            return NotFound();
        }

        Response.Headers.CacheControl = "private, max-age=900";
        return File(System.Text.Encoding.UTF8.GetBytes(calendars.Write(circulars, localizer["ITU-T Consultations"].Value)), ContentType);
    }

    [Authorize(Policy = Policies.SignedIn)]
    [HttpPost("/profile/calendar")]
    public async Task<IActionResult> Create()
    {
        var user = await users.GetUserAsync(User) ?? throw new InvalidOperationException("The signed-in user no longer exists.");
        var secret = await feeds.CreateAsync(user);
        TempData["CalendarFeed"] = links.To(nameof(Feed), "Calendar", new { secret });
        return RedirectToAction(nameof(Profile.ProfileController.Index), "Profile", null, "calendar-heading");
    }

    [Authorize(Policy = Policies.SignedIn)]
    [HttpPost("/profile/calendar/revoke")]
    public async Task<IActionResult> Revoke()
    {
        var user = await users.GetUserAsync(User) ?? throw new InvalidOperationException("The signed-in user no longer exists.");
        await feeds.RevokeAsync(user);
        TempData["Status"] = localizer["Your calendar address no longer works."].Value;
        return RedirectToAction(nameof(Profile.ProfileController.Index), "Profile", null, "calendar-heading");
    }
}
