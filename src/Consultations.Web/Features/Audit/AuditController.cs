using Consultations.Infrastructure.Persistence;
using Consultations.Web.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Consultations.Web.Features.Audit;

[Authorize(Policy = Policies.ViewAudit)]
[Route("audit")]
public sealed class AuditController(AppDbContext db) : Controller
{
    private const int PageSize = 100;

    [HttpGet("")]
    public async Task<IActionResult> Index(string? kind, string? entity, int page = 1, CancellationToken cancellationToken = default)
    {
        page = Math.Max(1, page);
        var records = db.AuditRecords.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(kind))
        {
            records = records.Where(r => r.Action.StartsWith(kind.Trim()));
        }

        if (!string.IsNullOrWhiteSpace(entity))
        {
            records = records.Where(r => r.EntityId == entity.Trim());
        }

        var rows = await records
            .OrderByDescending(r => r.Id)
            .Skip((page - 1) * PageSize)
            .Take(PageSize + 1)
            .ToListAsync(cancellationToken);
        return View(new AuditListModel(kind, entity, page, rows.Take(PageSize).ToList(), rows.Count > PageSize));
    }
}

public sealed record AuditListModel(
    string? Action,
    string? Entity,
    int Page,
    IReadOnlyList<Consultations.Infrastructure.Auditing.AuditRecord> Records,
    bool HasNextPage);
