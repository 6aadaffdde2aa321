using Consultations.Infrastructure.Persistence;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Consultations.Web.Features.Shared;

/// <summary>The roster as options of a select list, by name in the reader's language.</summary>
public sealed class MemberStateChoices(AppDbContext db)
{
    public async Task<List<SelectListItem>> ItemsAsync(string emptyLabel)
    {
        var states = (await db.MemberStates.AsNoTracking().ToListAsync())
            .Select(m => new SelectListItem(m.LocalName(), m.Code))
            .OrderBy(item => item.Text, StringComparer.CurrentCulture)
            .ToList();
        states.Insert(0, new SelectListItem(emptyLabel, string.Empty));
        return states;
    }
}
