using Consultations.Domain.Circulars;
using Consultations.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Consultations.Infrastructure.Identity;

/// <summary>Who receives what: the one place that asks the database for the users of a role.</summary>
public sealed class PeopleDirectory(AppDbContext db)
{
    /// <summary>Users in a role, optionally only the delegates of some administrations; one query.</summary>
    public Task<List<ApplicationUser>> InRoleAsync(string role, IReadOnlyCollection<string>? memberStates = null, CancellationToken cancellationToken = default)
    {
        var roleId = db.Roles.Where(r => r.Name == role).Select(r => r.Id);
        var users = db.Users.Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && roleId.Contains(ur.RoleId)));
        if (memberStates is not null)
        {
            users = users.Where(u => u.MemberStateCode != null && memberStates.Contains(u.MemberStateCode));
        }

        return users.ToListAsync(cancellationToken);
    }

    /// <summary>
    /// Delegates designated on <paramref name="today"/> for the Member States that count for the circular
    /// (members on its date), leaving out the administrations in <paramref name="except"/>.
    /// </summary>
    public async Task<List<ApplicationUser>> DesignatedDelegatesAsync(Circular circular, DateOnly today, IReadOnlyCollection<string>? except = null, CancellationToken cancellationToken = default)
    {
        var counted = (await db.MemberStates.AsNoTracking().ToListAsync(cancellationToken))
            .Where(m => m.IsMemberOn(circular.Date) && (except is null || !except.Contains(m.Code)))
            .Select(m => m.Code)
            .ToList();
        return (await InRoleAsync(Roles.Delegate, counted, cancellationToken)).Where(u => u.IsDesignatedOn(today)).ToList();
    }
}
