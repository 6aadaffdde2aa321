using Consultations.Web.Features.Shared;
using Consultations.Infrastructure.Auditing;
using Consultations.Infrastructure.Identity;
using Consultations.Infrastructure.Persistence;
using Consultations.Web.Email;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Consultations.Web.Features.Users;

/// <summary>Invitations and changes to accounts; each is one transaction with its audit record and e-mail.</summary>
public sealed class UserAdministration(
    AppDbContext db,
    UserManager<ApplicationUser> users,
    AccountMail mail,
    AuditLog audit,
    UnitOfWork unitOfWork,
    TimeProvider clock,
    IOptions<InvitationTokenProviderOptions> invitationOptions)
{
    /// <summary>Which roles a manager may give: only administrators create administrators and TSB staff.</summary>
    public static IReadOnlyList<string> RolesGrantableBy(bool isAdministrator) =>
        isAdministrator ? Roles.All : [Roles.Delegate, Roles.Secretariat];

    public async Task<UserListModel> ListAsync(string? query, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var rows = from user in db.Users
                   join memberState in db.MemberStates on user.MemberStateCode equals memberState.Code into states
                   from memberState in states.DefaultIfEmpty()
                   let role = (from userRole in db.UserRoles
                               join r in db.Roles on userRole.RoleId equals r.Id
                               where userRole.UserId == user.Id
                               select r.Name).FirstOrDefault()
                   select new { user, role, memberStateName = memberState == null ? null : memberState.Name };
        if (!string.IsNullOrWhiteSpace(query))
        {
            var term = query.Trim().ToLower();
            rows = rows.Where(r => r.user.DisplayName.ToLower().Contains(term)
                || r.user.Email!.ToLower().Contains(term)
                || (r.memberStateName != null && r.memberStateName.ToLower().Contains(term)));
        }

        var list = await rows.OrderBy(r => r.user.DisplayName).Take(500).ToListAsync(cancellationToken);
        var codes = list.Select(r => r.user.MemberStateCode).OfType<string>().Distinct().ToList();
        var named = await db.MemberStates.AsNoTracking().Where(m => codes.Contains(m.Code)).ToDictionaryAsync(m => m.Code, cancellationToken);
        return new UserListModel
        {
            Query = query,
            Users = list.Select(r => new UserRow(
                r.user.Id,
                r.user.DisplayName,
                r.user.Email!,
                r.role ?? string.Empty,
                r.user.MemberStateCode is { } code && named.TryGetValue(code, out var state) ? state.LocalName() : r.memberStateName,
                r.user.DesignatedFrom,
                r.user.DesignatedUntil,
                r.user.PasswordHash == null,
                r.user.LockoutEnd != null && r.user.LockoutEnd > now,
                r.user.TwoFactorEnabled)).ToList(),
        };
    }

    public async Task<(ApplicationUser? User, IdentityResult Result)> InviteAsync(
        InviteUserModel model,
        string invitedBy,
        Func<ApplicationUser, string, string> invitationLink)
    {
        var user = new ApplicationUser
        {
            UserName = model.Email.Trim(),
            Email = model.Email.Trim(),
            DisplayName = model.DisplayName.Trim(),
            MemberStateCode = model.Role == Roles.Delegate ? model.MemberStateCode : null,
            DesignatedFrom = model.Role == Roles.Delegate ? model.DesignatedFrom : null,
            DesignatedUntil = model.Role == Roles.Delegate ? model.DesignatedUntil : null,
            PreferredLanguage = model.PreferredLanguage,
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        };

        var result = await unitOfWork.InTransactionAsync(async () =>
        {
            var created = await users.CreateAsync(user);
            if (!created.Succeeded)
            {
                return created;
            }

            var roleAdded = await users.AddToRoleAsync(user, model.Role);
            if (!roleAdded.Succeeded)
            {
                throw new InvalidOperationException($"Role {model.Role} could not be given.");
            }

            var token = await users.GenerateUserTokenAsync(user, InvitationTokenProvider.ProviderName, InvitationTokenProvider.Purpose);
            mail.QueueInvitation(user, invitationLink(user, token), invitedBy, invitationOptions.Value.TokenLifespan);
            audit.Record("Account.Invited", "User", user.Id, $"{user.Email} as {model.Role}{(user.MemberStateCode is null ? string.Empty : " for " + user.MemberStateCode)}");
            return created;
        });
        return (result.Succeeded ? user : null, result);
    }

    public async Task<bool> ResendInvitationAsync(string userId, string invitedBy, Func<ApplicationUser, string, string> invitationLink)
    {
        var found = await users.FindByIdAsync(userId);
        if (found is null || !found.IsInvitationPending)
        {
            return false;
        }

        await unitOfWork.InTransactionAsync(found, async user =>
        {
            await users.UpdateSecurityStampAsync(user);
            var token = await users.GenerateUserTokenAsync(user, InvitationTokenProvider.ProviderName, InvitationTokenProvider.Purpose);
            mail.QueueInvitation(user, invitationLink(user, token), invitedBy, invitationOptions.Value.TokenLifespan);
            audit.Record("Account.InvitationResent", "User", user.Id);
        });
        return true;
    }

    public async Task<EditUserModel?> GetForEditAsync(string userId)
    {
        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            return null;
        }

        var now = clock.GetUtcNow();
        return new EditUserModel
        {
            Id = user.Id,
            Email = user.Email!,
            DisplayName = user.DisplayName,
            Role = (await users.GetRolesAsync(user)).FirstOrDefault() ?? string.Empty,
            MemberStateCode = user.MemberStateCode,
            DesignatedFrom = user.DesignatedFrom,
            DesignatedUntil = user.DesignatedUntil,
            InvitationPending = user.IsInvitationPending,
            LockedOut = user.LockoutEnd is { } end && end > now,
        };
    }

    public async Task<bool> UpdateAsync(EditUserModel model)
    {
        var found = await users.FindByIdAsync(model.Id);
        if (found is null)
        {
            return false;
        }

        await unitOfWork.InTransactionAsync(found, async user =>
        {
            var before = $"{user.DisplayName}; {user.MemberStateCode}; {user.DesignatedFrom:yyyy-MM-dd}..{user.DesignatedUntil:yyyy-MM-dd}";
            var isDelegate = model.Role == Roles.Delegate;
            user.DisplayName = model.DisplayName.Trim();
            user.MemberStateCode = isDelegate ? model.MemberStateCode : null;
            user.DesignatedFrom = isDelegate ? model.DesignatedFrom : null;
            user.DesignatedUntil = isDelegate ? model.DesignatedUntil : null;
            await users.UpdateAsync(user);

            var currentRoles = await users.GetRolesAsync(user);
            if (!currentRoles.SequenceEqual([model.Role]))
            {
                await users.RemoveFromRolesAsync(user, currentRoles);
                await users.AddToRoleAsync(user, model.Role);
            }

            // Changing a role or a designation signs the person out everywhere, so the new rights apply at once.
            await users.UpdateSecurityStampAsync(user);
            var after = $"{user.DisplayName}; {user.MemberStateCode}; {user.DesignatedFrom:yyyy-MM-dd}..{user.DesignatedUntil:yyyy-MM-dd}";
            audit.Record("Account.Updated", "User", user.Id, $"{before} -> {after}; role {string.Join(",", currentRoles)} -> {model.Role}");
        });
        return true;
    }

    public async Task<bool> UnlockAsync(string userId)
    {
        var found = await users.FindByIdAsync(userId);
        if (found is null)
        {
            return false;
        }

        await unitOfWork.InTransactionAsync(found, async user =>
        {
            await users.SetLockoutEndDateAsync(user, null);
            await users.ResetAccessFailedCountAsync(user);
            audit.Record("Account.Unlocked", "User", user.Id);
        });
        return true;
    }
}
