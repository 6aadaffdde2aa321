using Consultations.Domain.Replies;
using Consultations.Infrastructure.Persistence;
using Consultations.Infrastructure.Replies;
using Microsoft.EntityFrameworkCore;

namespace Consultations.Web.Features.Replies;

/// <summary>
/// Removes stored reply files that no draft and no version refers to (a file replaced in a draft, a save refused after
/// a good file was stored, a draft abandoned), once they are older than the grace period, so that a save in flight
/// never loses the file it just stored.
/// </summary>
public sealed class AttachmentSweep(AppDbContext db, AttachmentStore files, TimeProvider clock, ILogger<AttachmentSweep> logger)
{
    public static readonly TimeSpan GracePeriod = TimeSpan.FromHours(24);

    public async Task<int> RunAsync(CancellationToken cancellationToken = default)
    {
        var cutoff = clock.GetUtcNow().UtcDateTime - GracePeriod;
        var candidates = new List<string>();
        await foreach (var file in files.ListAsync(cancellationToken))
        {
            if (file.WrittenAtUtc < cutoff)
            {
                candidates.Add(file.Name);
            }
        }

        if (candidates.Count == 0)
        {
            return 0;
        }

        // Drafts before versions: submitting moves a file's reference from the draft to the new version in one
        // transaction, so reading in this order sees the reference in one place or the other, never in neither.
        var referenced = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var content in db.ReplyDrafts.AsNoTracking().Select(d => d.Content).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            referenced.UnionWith(DraftFormat.Read(content).Rows.SelectMany(r => r.Files).Select(f => f.StoredName));
        }

        await foreach (var name in db.Set<ReplyVersion>().AsNoTracking().SelectMany(v => v.Attachments).Select(a => a.StoredName).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            referenced.Add(name);
        }

        await foreach (var name in db.Set<ReplyVersion>().AsNoTracking().Where(v => v.OriginalDocument != null).Select(v => v.OriginalDocument!).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            referenced.Add(name);
        }

        var orphans = candidates.Where(name => !referenced.Contains(name)).ToList();
        foreach (var orphan in orphans)
        {
            await files.DeleteAsync(orphan, cancellationToken);
        }

        if (orphans.Count > 0)
        {
            logger.LogInformation("Removed {Count} reply files that nothing refers to.", orphans.Count);
        }

        return orphans.Count;
    }
}
