using Consultations.Infrastructure.Persistence;

namespace Consultations.Infrastructure.Auditing;

/// <summary>Adds audit records to the unit of work, so they commit or roll back with the change they describe.</summary>
public sealed class AuditLog(AppDbContext db, IActor actor, TimeProvider clock)
{
    /// <summary>Records an event that is not part of a larger change (a sign-in, a download).</summary>
    public async Task RecordAndSaveAsync(string action, string entityType, string entityId, string? details = null)
    {
        Record(action, entityType, entityId, details);
        await db.SaveChangesAsync();
    }

    public void Record(string action, string entityType, string entityId, string? details = null)
    {
        db.AuditRecords.Add(new AuditRecord
        {
            AtUtc = clock.GetUtcNow().UtcDateTime,
            UserId = actor.UserId,
            UserName = actor.UserName,
            Action = action,
            EntityType = entityType,
            EntityId = entityId,
            Details = details,
            IpAddress = actor.IpAddress,
        });
    }
}
