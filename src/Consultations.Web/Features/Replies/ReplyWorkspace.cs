using System.Globalization;
using Consultations.Domain.Circulars;
using Consultations.Domain.Membership;
using Consultations.Domain.Replies;
using Consultations.Domain.Tally;
using Consultations.Infrastructure.Auditing;
using Consultations.Infrastructure.Persistence;
using Consultations.Infrastructure.Replies;
using Consultations.Infrastructure.Telemetry;
using Consultations.Web.Email;
using Consultations.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace Consultations.Web.Features.Replies;

/// <summary>
/// A delegate's work on their administration's reply: drafts (which never count), files checked by content,
/// and submissions that become immutable versions with a receipt. Every change is one transaction with its audit record.
/// </summary>
public sealed class ReplyWorkspace(
    AppDbContext db,
    AttachmentStore files,
    ReplyMail mail,
    AuditLog audit,
    UnitOfWork unitOfWork,
    TimeProvider clock,
    PortalMetrics metrics)
{
    public DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<(Circular Circular, MemberState State, Reply? Reply)?> ContextAsync(int circularId, string memberStateCode)
    {
        var circular = await db.Circulars.FirstOrDefaultAsync(c => c.Id == circularId && c.PublishedAtUtc != null);
        var state = await db.MemberStates.FirstOrDefaultAsync(m => m.Code == memberStateCode);
        if (circular is null || state is null)
        {
            return null;
        }

        var reply = await db.Replies.FirstOrDefaultAsync(r => r.CircularId == circularId && r.MemberStateCode == memberStateCode);
        return (circular, state, reply);
    }

    public Task<ReplyDraft?> DraftAsync(int circularId, string memberStateCode, string userId) =>
        db.ReplyDrafts.FirstOrDefaultAsync(d => d.CircularId == circularId && d.MemberStateCode == memberStateCode && d.UserId == userId);

    public static DraftContent Read(ReplyDraft draft) => DraftFormat.Read(draft.Content);

    /// <summary>The form as it opens: the delegate's own draft if newer than the current version, else the current version.</summary>
    public static (ReplyForm Form, Dictionary<int, IReadOnlyList<ReplyAttachment>> Files) Open(Circular circular, Reply? reply, ReplyDraft? draft, Signatory signatory)
    {
        var texts = circular.ActiveTexts.ToList();
        if (draft is not null && (reply is null || draft.BaseRevision >= reply.Revision))
        {
            var content = Read(draft);
            return (new ReplyForm
            {
                BaseRevision = draft.BaseRevision,
                SignatoryName = content.SignatoryName,
                SignatoryTitle = content.SignatoryTitle,
                SignatoryPlace = content.SignatoryPlace,
                Rows = texts.Select(t => content.Rows.FirstOrDefault(r => r.TextId == t.Id) is { } row
                    ? new ReplyRowForm { TextId = t.Id, Choice = row.Choice, Comment = row.Comment }
                    : new ReplyRowForm { TextId = t.Id }).ToList(),
            }, content.Rows.ToDictionary(r => r.TextId, r => r.Files));
        }

        var latest = reply?.Latest;
        return (new ReplyForm
        {
            BaseRevision = reply?.Revision ?? 0,
            SignatoryName = latest?.Signatory.Name ?? signatory.Name,
            SignatoryTitle = latest?.Signatory.Title ?? signatory.Title,
            SignatoryPlace = latest?.Signatory.Place ?? signatory.Place,
            Rows = texts.Select(t => new ReplyRowForm
            {
                TextId = t.Id,
                Choice = ReplyRowForm.FromOpinion(latest?.OpinionOn(t.Id)),
                Comment = latest?.Opinions.FirstOrDefault(o => o.DraftTextId == t.Id)?.Comment,
            }).ToList(),
        }, texts.ToDictionary(t => t.Id, t => (IReadOnlyList<ReplyAttachment>)(latest?.Attachments.Where(a => a.DraftTextId == t.Id).ToList() ?? [])));
    }

    /// <summary>
    /// Keeps the form as the delegate's draft. Files are checked (type by content, size) before anything is stored;
    /// a refused file leaves the draft as it was and is reported by row.
    /// </summary>
    public async Task<(DraftContent? Draft, IReadOnlyList<DraftProblem> Problems)> SaveDraftAsync(
        Circular circular, string memberStateCode, string userId, DraftInput form, IReadOnlyDictionary<int, IReadOnlyList<ReplyAttachment>> previousFiles)
    {
        var errors = new List<DraftProblem>();
        if (form.Rows.GroupBy(r => r.TextId).Any(g => g.Count() > 1))
        {
            return (null, [new(-1, DraftProblemKind.TextTwice)]);
        }

        var uploads = new List<(int Row, int TextId, UploadedFile File)>();
        var activeIds = circular.ActiveTexts.Select(t => t.Id).ToHashSet();
        for (var i = 0; i < form.Rows.Count; i++)
        {
            if (!activeIds.Contains(form.Rows[i].TextId))
            {
                errors.Add(new(i, DraftProblemKind.TextNotInConsultation));
                continue;
            }

            foreach (var empty in form.Rows[i].Uploads.Where(f => f.Length == 0 && !string.IsNullOrEmpty(f.FileName)))
            {
                errors.Add(new(i, DraftProblemKind.FileEmpty));
            }

            foreach (var file in form.Rows[i].Uploads.Where(f => f.Length > 0))
            {
                if (file.Length > AttachmentStore.MaxFileBytes)
                {
                    errors.Add(new(i, DraftProblemKind.FileTooLarge));
                }
                else
                {
                    uploads.Add((i, form.Rows[i].TextId, file));
                }
            }
        }

        var kept = form.Rows.ToDictionary(
            r => r.TextId,
            r => previousFiles.TryGetValue(r.TextId, out var previous) ? previous.Where(f => r.Keep.Contains(f.StoredName)).ToList() : []);
        var replyBytes = kept.Values.Sum(f => f.Sum(a => a.Length)) + uploads.Sum(u => u.File.Length);
        if (replyBytes > AttachmentStore.MaxReplyBytes)
        {
            errors.Add(new(-1, DraftProblemKind.ReplyTooLarge));
        }
        else if (uploads.Count > 0 && await StoredBytesAsync(circular.Id, memberStateCode, userId) + replyBytes > AttachmentStore.MaxAdministrationBytesPerCircular)
        {
            errors.Add(new(-1, DraftProblemKind.AdministrationStorageFull));
        }

        var stored = new List<(int TextId, ReplyAttachment File)>();
        if (errors.Count == 0)
        {
            foreach (var (row, textId, file) in uploads)
            {
                try
                {
                    await using var stream = file.OpenRead();
                    var saved = await files.SaveAsync(stream, file.FileName);
                    stored.Add((textId, new ReplyAttachment(textId, saved.StoredName, saved.FileName, saved.ContentType, saved.Length, saved.Sha256)));
                }
                catch (FileRefusedException refused)
                {
                    errors.Add(new(row, refused.Reason == FileRefusal.TooLarge ? DraftProblemKind.FileTooLarge : DraftProblemKind.FileTypeRefused));
                }
            }
        }

        if (errors.Count > 0)
        {
            // Nothing of a refused save is kept, not even the files of it that were good.
            await ForgetAsync(stored);
            return (null, errors);
        }

        var content = new DraftContent(
            form.Rows.Select(r => new DraftRow(
                r.TextId,
                r.Choice,
                string.IsNullOrWhiteSpace(r.Comment) ? null : r.Comment.Trim(),
                [.. kept[r.TextId], .. stored.Where(s => s.TextId == r.TextId).Select(s => s.File)])).ToList(),
            form.SignatoryName.Trim(),
            form.SignatoryTitle?.Trim(),
            form.SignatoryPlace?.Trim());

        try
        {
            await SaveContentAsync(circular, memberStateCode, userId, form, content, stored.Count);
        }
        catch
        {
            await ForgetAsync(stored);
            throw;
        }

        return (content, []);
    }

    private async Task ForgetAsync(IEnumerable<(int TextId, ReplyAttachment File)> stored)
    {
        foreach (var (_, file) in stored)
        {
            await files.DeleteAsync(file.StoredName);
        }
    }

    /// <summary>
    /// Bytes the administration keeps for the circular apart from this delegate's draft: every version's files and the
    /// other delegates' drafts.
    /// </summary>
    private async Task<long> StoredBytesAsync(int circularId, string memberStateCode, string userId)
    {
        var versions = await db.Replies.AsNoTracking()
            .Where(r => r.CircularId == circularId && r.MemberStateCode == memberStateCode)
            .SelectMany(r => r.Versions).SelectMany(v => v.Attachments)
            .SumAsync(a => (long?)a.Length) ?? 0;
        var otherDrafts = await db.ReplyDrafts.AsNoTracking()
            .Where(d => d.CircularId == circularId && d.MemberStateCode == memberStateCode && d.UserId != userId)
            .Select(d => d.Content)
            .ToListAsync();
        return versions + otherDrafts.Sum(c => DraftFormat.Read(c).Rows.Sum(r => r.Files.Sum(f => f.Length)));
    }

    private Task SaveContentAsync(Circular circular, string memberStateCode, string userId, DraftInput form, DraftContent content, int newFiles) =>
        unitOfWork.InTransactionAsync(async () =>
        {
            var draft = await DraftAsync(circular.Id, memberStateCode, userId);
            if (draft is null)
            {
                draft = new ReplyDraft { CircularId = circular.Id, MemberStateCode = memberStateCode, UserId = userId };
                db.ReplyDrafts.Add(draft);
            }

            draft.Content = DraftFormat.Write(content);
            draft.BaseRevision = form.BaseRevision;
            draft.SavedAtUtc = Now;
            audit.Record("Reply.DraftSaved", "Reply", AuditKeys.Reply(circular.Id, memberStateCode), $"{newFiles} new files");
        });

    public ReplySubmission ToSubmission(DraftContent draft, string userId, string userName) => new(
        draft.Rows.Where(r => r.Choice != ReplyChoice.None)
            .Select(r => new TextOpinion(r.TextId, ReplyRowForm.ToOpinion(r.Choice)!.Value, r.Comment))
            .ToList(),
        draft.Rows.Where(r => r.Choice != ReplyChoice.None).SelectMany(r => r.Files).ToList(),
        new Signatory(draft.SignatoryName, draft.SignatoryTitle ?? string.Empty, draft.SignatoryPlace ?? string.Empty, DateOnly.FromDateTime(Now)),
        ReplyChannel.Online,
        userId,
        userName);

    /// <summary>
    /// Stores the draft as a new version, unless someone submitted a newer version since the delegate started.
    /// </summary>
    public Task<SubmitResult> SubmitAsync(Circular circular, MemberState state, string userId, string userName) =>
        StoreVersionAsync(
            circular,
            state,
            async () => await DraftAsync(circular.Id, state.Code, userId) is { } draft
                ? new PreparedSubmission(draft.BaseRevision, ToSubmission(DraftFormat.Read(draft.Content), userId, userName), () => db.ReplyDrafts.Remove(draft))
                : null,
            string.Empty);

    /// <summary>
    /// Stores a new version of the administration's reply if the reply is still at the revision the submitter started
    /// from; queues the receipts and audits it. The reply is loaded inside the (retried) transaction: a retry never
    /// adds a second version. Used by the form (from the draft) and by the API (from the request).
    /// </summary>
    public async Task<SubmitResult> StoreVersionAsync(Circular circular, MemberState state, Func<Task<PreparedSubmission?>> prepare, string via)
    {
        try
        {
            var result = await unitOfWork.InTransactionAsync(async () =>
            {
                var reply = await db.Replies.FirstOrDefaultAsync(r => r.CircularId == circular.Id && r.MemberStateCode == state.Code);
                var prepared = await prepare();
                if (prepared is null || (reply?.Revision ?? 0) != prepared.BaseRevision)
                {
                    return new SubmitResult(null, reply?.Latest, null);
                }

                if (reply is null)
                {
                    reply = Reply.Start(circular, state);
                    db.Replies.Add(reply);
                }

                var version = reply.Submit(circular, prepared.Submission, Now);
                var reference = reply.ReferenceOf(circular, version);
                prepared.OnStored?.Invoke();
                await mail.QueueReceiptsAsync(circular, state, version, reference);
                audit.Record("Reply.Submitted", "Reply", AuditKeys.Reply(circular.Id, state.Code), $"{reference} {version.Digest}{via}");
                return new SubmitResult(version, null, reference) { Revision = reply.Revision };
            });
            if (result.Stored is not null)
            {
                metrics.ReplySubmitted(nameof(ReplyChannel.Online));
            }

            return result;
        }
        catch (DbUpdateException)
        {
            // Another delegate of the same administration submitted at the same moment (concurrency token or unique index).
            db.ChangeTracker.Clear();
            var newer = await db.Replies.FirstAsync(r => r.CircularId == circular.Id && r.MemberStateCode == state.Code);
            return new SubmitResult(null, newer.Latest, null);
        }
    }

    public async Task<MyRepliesPage> MyRepliesAsync(string memberStateCode, string userId)
    {
        var state = await db.MemberStates.AsNoTracking().FirstAsync(m => m.Code == memberStateCode);
        var circulars = await db.Circulars.AsNoTracking().Where(c => c.PublishedAtUtc != null).OrderByDescending(c => c.Date).ToListAsync();
        var replies = await db.Replies.AsNoTracking().Where(r => r.MemberStateCode == memberStateCode).ToListAsync();
        var drafts = await db.ReplyDrafts.AsNoTracking().Where(d => d.MemberStateCode == memberStateCode && d.UserId == userId).Select(d => d.CircularId).ToListAsync();
        var now = Now;
        var rows = circulars.Select(c =>
        {
            var reply = replies.FirstOrDefault(r => r.CircularId == c.Id);
            var latest = reply?.Latest;
            var status = latest is null
                ? drafts.Contains(c.Id) ? "Draft" : "No reply"
                : reply!.CountIn(c, state).StatusOf(latest) == VersionStatus.Late ? "Late" : "Submitted";
            return new MyReplyRow(c.Id, c.Number, c.Date, c.DeadlineDate, c.StatusAt(now), status, latest?.Number, latest?.ReceivedAtUtc);
        }).ToList();
        return new MyRepliesPage(state.LocalName(), rows);
    }

    public async Task RecordDownloadAsync(int circularId, string memberStateCode, string fileName) =>
        await audit.RecordAndSaveAsync("Reply.FileDownloaded", "Reply", AuditKeys.Reply(circularId, memberStateCode), fileName);
}
