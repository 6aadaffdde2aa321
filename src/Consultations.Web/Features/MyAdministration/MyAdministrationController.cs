using Consultations.Web.Features.Shared;
using Consultations.Infrastructure.Persistence;
using Consultations.Web.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Consultations.Web.Features.MyAdministration;

/// <summary>A delegate's view of the administration they reply for: its status and its delegates.</summary>
[Authorize(Policy = Policies.DelegateReady)]
[Route("my-administration")]
public sealed class MyAdministrationController(AppDbContext db, TimeProvider clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var code = User.MemberStateCode()!;
        var state = await db.MemberStates.AsNoTracking().FirstAsync(m => m.Code == code, cancellationToken);
        var delegates = await db.Users.AsNoTracking()
            .Where(u => u.MemberStateCode == code)
            .OrderBy(u => u.DisplayName)
            .Select(u => new DelegateRow(u.DisplayName, u.Email!, u.DesignatedFrom, u.DesignatedUntil, u.PasswordHash == null))
            .ToListAsync(cancellationToken);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        return View(new MyAdministrationModel(state.LocalName(), state.Code, state.IsMemberOn(today), state.IsObserver, today, delegates));
    }
}

public sealed record DelegateRow(string Name, string Email, DateOnly? From, DateOnly? Until, bool InvitationPending);

public sealed record MyAdministrationModel(string Name, string Code, bool IsMember, bool IsObserver, DateOnly Today, IReadOnlyList<DelegateRow> Delegates);
