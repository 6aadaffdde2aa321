using Consultations.Domain.Common;
using Consultations.Domain.Membership;
using Consultations.Infrastructure.Membership;
using Consultations.Web.Features.Shared;
using Consultations.Web.Settings;
using Consultations.Infrastructure.Auditing;
using Consultations.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Consultations.Web.Features.Roster;

public sealed class RosterService(AppDbContext db, AuditLog audit, UnitOfWork unitOfWork)
{
    public async Task<RosterListModel> ListAsync(DateOnly onDate, string? query, CancellationToken cancellationToken)
    {
        var states = await db.MemberStates.AsNoTracking().ToListAsync(cancellationToken);
        var rows = states
            .Select(m => new RosterRow(m.Code, m.LocalName(), m.MemberSince, m.MemberUntil, m.IsObserver, m.IsMemberOn(onDate)))
            .OrderBy(r => r.Name, StringComparer.CurrentCulture)
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
                ReaderName = state.LocalName(),
                Names = NameFields(state, state.CorrectedNames),
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
            var before = Described(state);
            state.Rename(model.Name);
            foreach (var field in model.Names.Where(f => OtherLanguages.Contains(f.Language)))
            {
                state.CorrectName(field.Language, field.Name);
            }

            state.SetMembershipDates(model.MemberSince, model.MemberUntil);
            var after = Described(state);
            audit.Record("MemberState.Corrected", "MemberState", state.Code, $"{before} -> {after}. Reason: {model.Reason.Trim()}");
            return Task.CompletedTask;
        });
        return true;
    }

    private static readonly string[] OtherLanguages = [.. SupportedCultures.Names.Where(l => l != SupportedCultures.Default)];

    /// <summary>The language fields of the form: the shipped name and the correction kept, per language.</summary>
    private static List<StateNameField> NameFields(MemberState state, IEnumerable<StateName> names) =>
        [.. OtherLanguages.Select(language => new StateNameField
        {
            Language = language,
            Shipped = MemberStateNames.Shipped(state.Code, language),
            Name = names.FirstOrDefault(n => n.Language == language)?.Name,
        })];

    private static string Described(MemberState state) =>
        $"{state.Name}; {string.Join("; ", state.CorrectedNames.Select(n => $"{n.Language}: {n.Name}"))}{(state.CorrectedNames.Count > 0 ? "; " : string.Empty)}{state.MemberSince:yyyy-MM-dd}..{state.MemberUntil:yyyy-MM-dd}";
}
