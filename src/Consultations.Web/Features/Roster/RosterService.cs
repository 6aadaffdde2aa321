using Consultations.Domain.Common;
using Consultations.Infrastructure.Auditing;
using Consultations.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Consultations.Web.Features.Roster;

public sealed class RosterService(AppDbContext db, AuditLog audit, UnitOfWork unitOfWork)
{
    public async Task<RosterListModel> ListAsync(DateOnly onDate, string? query, CancellationToken cancellationToken)
    {
        var states = await db.MemberStates.AsNoTracking().OrderBy(m => m.Name).ToListAsync(cancellationToken);
        var rows = states
            .Select(m => new RosterRow(m.Code, m.Name, m.MemberSince, m.MemberUntil, m.IsObserver, m.IsMemberOn(onDate)))
            .ToList();
        var filtered = string.IsNullOrWhiteSpace(query)
            ? rows
            : rows.Where(r => r.Name.Contains(query.Trim(), StringComparison.CurrentCultureIgnoreCase)
                || r.Code.Equals(query.Trim(), StringComparison.OrdinalIgnoreCase)).ToList();
        return new RosterListModel
        {
            OnDate = onDate,
            Query = query,
            MembersOnDate = rows.Count(r => r.IsMemberOnDate),
            States = filtered,
        };
    }

    public async Task<EditMemberStateModel?> GetForEditAsync(string code)
    {
        var state = await db.MemberStates.AsNoTracking().FirstOrDefaultAsync(m => m.Code == code.ToUpper());
        return state is null
            ? null
            : new EditMemberStateModel
            {
                Code = state.Code,
                Name = state.Name,
                MemberSince = state.MemberSince,
                MemberUntil = state.MemberUntil,
                IsObserver = state.IsObserver,
            };
    }

    /// <summary>Applies the correction; a rule of the domain that refuses it comes back as a <see cref="DomainException"/>.</summary>
    public async Task<bool> UpdateAsync(EditMemberStateModel model)
    {
        var found = await db.MemberStates.FirstOrDefaultAsync(m => m.Code == model.Code.ToUpper());
        if (found is null)
        {
            return false;
        }

        await unitOfWork.InTransactionAsync(found, state =>
        {
            var before = $"{state.Name}; {state.MemberSince:yyyy-MM-dd}..{state.MemberUntil:yyyy-MM-dd}";
            state.Rename(model.Name);
            state.SetMembershipDates(model.MemberSince, model.MemberUntil);
            var after = $"{state.Name}; {state.MemberSince:yyyy-MM-dd}..{state.MemberUntil:yyyy-MM-dd}";
            audit.Record("MemberState.Corrected", "MemberState", state.Code, $"{before} -> {after}. Reason: {model.Reason.Trim()}");
            return Task.CompletedTask;
        });
        return true;
    }
}
