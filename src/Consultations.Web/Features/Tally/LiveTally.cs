using Consultations.Domain.Circulars;
using Consultations.Domain.Membership;
using Consultations.Domain.Tally;
using Consultations.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Consultations.Web.Features.Tally;

/// <summary>The tally of a circular from the stored versions, as of an instant: the rows come from two flat queries.</summary>
public sealed class LiveTally(AppDbContext db)
{
    public async Task<(TallyInputs Inputs, CircularTally Tally)> ComputeAsync(
        Circular circular, IReadOnlyList<MemberState> roster, DateTime atUtc, CancellationToken cancellationToken = default)
    {
        var versionRows = await (
            from reply in db.Replies.AsNoTracking()
            where reply.CircularId == circular.Id
            from version in reply.Versions
            select new { version.Id, reply.MemberStateCode, version.Number, version.ReceivedAtUtc })
            .ToListAsync(cancellationToken);
        var opinionRows = await (
            from reply in db.Replies.AsNoTracking()
            where reply.CircularId == circular.Id
            from version in reply.Versions
            from opinion in version.Opinions
            select new { VersionId = version.Id, opinion.DraftTextId, opinion.Opinion })
            .ToListAsync(cancellationToken);

        var opinionsByVersion = opinionRows.ToLookup(o => o.VersionId);
        var versions = versionRows
            .Select(v => new TallyVersion(v.MemberStateCode, v.Number, v.ReceivedAtUtc, opinionsByVersion[v.Id].ToDictionary(o => o.DraftTextId, o => o.Opinion)) { VersionId = v.Id })
            .ToList();
        var inputs = new TallyRequest(circular.Date, circular.DeadlineDate, circular.ActiveTexts.Select(t => t.Id).ToList(), roster, versions, atUtc).ToInputs();
        return (inputs, TallyService.Compute(inputs));
    }
}
