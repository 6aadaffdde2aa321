using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Consultations.Infrastructure.Auditing;

/// <summary>Refuses any change or deletion of an audit record that has been written.</summary>
public sealed class AppendOnlyAuditInterceptor : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Check(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Check(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private static void Check(DbContext? context)
    {
        var tampered = context?.ChangeTracker.Entries<AuditRecord>()
            .Any(e => e.State is EntityState.Modified or EntityState.Deleted) ?? false;
        if (tampered)
        {
            throw new InvalidOperationException("Audit records are append-only.");
        }
    }
}
