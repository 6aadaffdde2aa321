using System.Globalization;
using Consultations.Domain.Circulars;
using Consultations.Domain.Import;
using Consultations.Domain.Replies;
using Consultations.Infrastructure.Auditing;
using Consultations.Infrastructure.Documents;
using Consultations.Infrastructure.Persistence;
using Consultations.Infrastructure.Replies;
using Consultations.Infrastructure.Telemetry;
using Consultations.Web.Features.Replies;
using Consultations.Web.Features.Shared;
using Consultations.Web.Features.Tally;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace Consultations.Web.Features.RecordReply;

/// <summary>TSB enters a reply that arrived by e-mail, fax or letter; the date received decides whether it is late.</summary>
public sealed class ReplyRecording(
    AppDbContext db,
    AttachmentStore files,
    AuditLog audit,
    UnitOfWork unitOfWork,
    TimeProvider clock,
    FinalTallies finals,
    PortalMetrics metrics,
    IDataProtectionProvider protection)
{
    private IDataProtector KeptOriginals => protection.CreateProtector("RecordReply.KeptOriginal");

    /// <summary>
    /// Reads a filled Annex 2 (the portal's form or a typed copy of the circular's own) into the form for TSB to check:
    /// the choices and comments it states clearly, the signatory; the upload is kept as the original of the recording.
    /// </summary>
    public async Task<AnnexTwoReading> ReadAnnexTwoAsync(Circular circular, RecordReplyForm form, IFormFile upload)
    {
        await using var buffer = new MemoryStream();
        await using (var stream = upload.OpenReadStream())
        {
            await stream.CopyToAsync(buffer);
        }

        buffer.Position = 0;
        var stored = await files.SaveAsync(buffer, upload.FileName);
        form.KeptOriginal = KeptOriginals.Protect(stored.StoredName);
        form.KeptOriginalName = upload.FileName;

        buffer.Position = 0;
        string text;
        try
        {
            text = CircularFile.TextOf(buffer, upload.FileName);
        }
        catch (Exception error) when (error is InvalidDataException or NotSupportedException or OpenXmlPackageException or IOException)
        {
            text = string.Empty;
        }

        var texts = circular.ActiveTexts.ToList();
        var reading = AnnexTwoReader.Read(text, texts);
        form.Rows = texts.Select(t => reading.Choices.FirstOrDefault(c => c.TextId == t.Id) is { } choice
                ? new ReplyRowForm { TextId = t.Id, Choice = ReplyRowForm.FromOpinion(choice.Opinion), Comment = choice.Comment }
                : form.Rows.FirstOrDefault(r => r.TextId == t.Id) ?? new ReplyRowForm { TextId = t.Id })
            .ToList();
        form.SignatoryName = reading.SignatoryName ?? form.SignatoryName;
        form.SignatoryTitle = reading.SignatoryTitle ?? form.SignatoryTitle;
        form.SignatoryPlace = reading.Place ?? form.SignatoryPlace;
        return reading;
    }

    public async Task<RecordedReply> RecordAsync(Circular circular, RecordReplyForm form, string userId, string userName)
    {
        var state = await db.MemberStates.AsNoTracking().FirstAsync(m => m.Code == form.MemberStateCode);
        string? original = null;
        string? uploaded = null;
        if (form.Original is { Length: > 0 } upload)
        {
            await using var stream = upload.OpenReadStream();
            original = uploaded = (await files.SaveAsync(stream, upload.FileName)).StoredName;
        }
        else if (form.KeptOriginal is { Length: > 0 } kept)
        {
            original = Unprotect(kept);
        }

        var receivedAt = DateTime.SpecifyKind(form.ReceivedOn!.Value.ToDateTime(form.ReceivedAt!.Value), DateTimeKind.Utc);
        var submission = new ReplySubmission(
            form.Rows.Where(r => r.Choice != ReplyChoice.None)
                .Select(r => new TextOpinion(r.TextId, ReplyRowForm.ToOpinion(r.Choice)!.Value, string.IsNullOrWhiteSpace(r.Comment) ? null : r.Comment.Trim()))
                .ToList(),
            [],
            new Signatory(form.SignatoryName, form.SignatoryTitle ?? string.Empty, form.SignatoryPlace ?? string.Empty, form.ReceivedOn.Value),
            form.Channel,
            userId,
            userName,
            receivedAt,
            original);

        try
        {
            var recorded = await StoreAsync(circular, form, state, submission);
            metrics.ReplySubmitted(form.Channel.ToString());
            return recorded;
        }
        catch
        {
            // A refused or failed recording keeps nothing it stored; a kept original stays for the next attempt.
            if (uploaded is not null)
            {
                await files.DeleteAsync(uploaded);
            }

            throw;
        }
    }

    private string Unprotect(string kept)
    {
        try
        {
            return KeptOriginals.Unprotect(kept);
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            throw new InvalidDataException("The kept original is not one this portal stored.");
        }
    }

    private Task<RecordedReply> StoreAsync(Circular circular, RecordReplyForm form, Domain.Membership.MemberState state, ReplySubmission submission) =>
        unitOfWork.InTransactionAsync(async () =>
        {
            var reply = await db.Replies.FirstOrDefaultAsync(r => r.CircularId == circular.Id && r.MemberStateCode == state.Code);
            if (reply is null)
            {
                reply = Reply.Start(circular, state);
                db.Replies.Add(reply);
            }

            var version = reply.Submit(circular, submission, clock.GetUtcNow().UtcDateTime);
            var reference = reply.ReferenceOf(circular, version);
            var status = reply.CountIn(circular, state).StatusOf(version);
            audit.Record(
                "Reply.RecordedByTsb",
                "Reply",
                AuditKeys.Reply(circular.Id, state.Code),
                string.Create(CultureInfo.InvariantCulture, $"{reference} from {form.Channel}, received {submission.ReceivedAtUtc:O}{(version.NoReasonsGiven ? "; no reasons given" : string.Empty)}"));
            if (status != Domain.Tally.VersionStatus.Late)
            {
                await finals.CorrectAsync(circular, FinalTallyReasons.ReplyRecordedAfterwards(reference, form.Channel));
            }

            return new RecordedReply(version, reference, status);
        });
}

public sealed record RecordedReply(ReplyVersion Version, string Reference, Domain.Tally.VersionStatus Status);
