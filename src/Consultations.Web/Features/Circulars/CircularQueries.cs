using Consultations.Web.Features.Shared;
using Consultations.Domain.Circulars;
using Consultations.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Consultations.Web.Features.Circulars;

public sealed class CircularQueries(AppDbContext db, TimeProvider clock)
{
    public async Task<CircularListPage> ListAsync(string? status, string? query, bool includeDrafts, CancellationToken cancellationToken)
    {
        var circulars = db.Circulars.AsNoTracking();
        if (!includeDrafts)
        {
            circulars = circulars.Where(c => c.PublishedAtUtc != null);
        }

        var term = query?.Trim();
        if (!string.IsNullOrEmpty(term))
        {
            var number = int.TryParse(term, out var n) ? n : -1;
            var upper = term.ToUpperInvariant();
            circulars = circulars.Where(c => c.Number == number
                || c.Date.Year == number
                || c.Texts.Any(t => t.Recommendation.ToUpper().Contains(upper) || (t.ProvisionalName != null && t.ProvisionalName.ToUpper().Contains(upper))));
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var rows = (await circulars.OrderByDescending(c => c.Date).ThenByDescending(c => c.Number).Take(500).ToListAsync(cancellationToken))
            .Select(c => new CircularRow(c.Id, c.Number, c.Date, c.StudyGroup, c.Meeting, c.DeadlineDate, c.StatusAt(now), c.ActiveTexts.Count()))
            .Where(r => status is null or "" || r.Status.ToString().Equals(status, StringComparison.OrdinalIgnoreCase))
            .ToList();
        return new CircularListPage(status, query, rows);
    }

    public async Task<AdministrationReplyState?> ReplyStateAsync(Circular circular, string memberStateCode, string userId)
    {
        var state = await db.MemberStates.AsNoTracking().FirstOrDefaultAsync(m => m.Code == memberStateCode);
        if (state is null)
        {
            return null;
        }

        var reply = await db.Replies.AsNoTracking().FirstOrDefaultAsync(r => r.CircularId == circular.Id && r.MemberStateCode == memberStateCode);
        var hasDraft = await db.ReplyDrafts.AnyAsync(d => d.CircularId == circular.Id && d.MemberStateCode == memberStateCode && d.UserId == userId);
        var latest = reply?.Latest;
        return new AdministrationReplyState(state.LocalName(), hasDraft, latest?.Number, latest?.ReceivedAtUtc, latest is null ? null : reply!.CountIn(circular, state).StatusOf(latest));
    }

    public Task<Circular?> FindAsync(int id, bool publishedOnly) =>
        db.Circulars.AsNoTracking()
            .Include(c => c.Amendments)
            .Where(c => c.Id == id && (!publishedOnly || c.PublishedAtUtc != null))
            .FirstOrDefaultAsync();
}

public sealed record CircularRow(
    int Id,
    int Number,
    DateOnly Date,
    int StudyGroup,
    Meeting Meeting,
    DateOnly Deadline,
    CircularStatus Status,
    int TextCount);

public sealed record CircularListPage(string? Status, string? Query, IReadOnlyList<CircularRow> Circulars)
{
    /// <summary>The list for visitors who are not signed in: published circulars, linked to their public pages.</summary>
    public bool IsPublic { get; init; }

    public string ListAction => IsPublic ? nameof(CircularsController.PublicIndex) : nameof(CircularsController.Index);

    /// <summary>Where a row leads, as a controller and action taking the circular's <c>id</c>.</summary>
    public (string Controller, string Action) TargetOf(CircularRow row) =>
        IsPublic ? ("Circulars", nameof(CircularsController.Public))
        : row.Status == CircularStatus.Draft ? ("CircularEditor", nameof(CircularEditor.CircularEditorController.Edit))
        : ("Circulars", nameof(CircularsController.Show));
}

/// <summary>What the circular's page shows, in the reader's language.</summary>
public sealed record CircularPage(
    Circular Circular,
    CircularStatus Status,
    string Language,
    DateTime NowUtc,
    bool IsPublicView,
    AdministrationReplyState? OwnReply = null,
    Consultations.Web.Features.Tally.TallyView? Results = null,
    IReadOnlyList<Consultations.Infrastructure.Tally.TallySnapshot>? FinalTallies = null);

/// <summary>For a delegate: where their administration's reply to this circular stands.</summary>
public sealed record AdministrationReplyState(string MemberStateName, bool HasDraft, int? LatestVersion, DateTime? LatestAtUtc, Domain.Tally.VersionStatus? LatestStatus);
