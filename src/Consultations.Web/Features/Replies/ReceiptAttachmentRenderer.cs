using System.Globalization;
using Consultations.Infrastructure.Email;
using Consultations.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Consultations.Web.Features.Replies;

/// <summary>Draws the receipt PDF of a version when its e-mail is sent, outside the transaction that stored the version.</summary>
public sealed class ReceiptAttachmentRenderer(AppDbContext db, ReceiptPdfs receipts) : IOutboxAttachmentRenderer
{
    public const string ReceiptKind = "ReplyReceipt";

    public string Kind => ReceiptKind;

    public static string KeyOf(int circularId, string memberStateCode, int versionNumber) =>
        string.Create(CultureInfo.InvariantCulture, $"{circularId}/{memberStateCode}/{versionNumber}");

    public async Task<byte[]> RenderAsync(string key, string language, CancellationToken cancellationToken)
    {
        var parts = key.Split('/');
        if (parts.Length != 3
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var circularId)
            || !int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            throw new InvalidDataException($"'{key}' does not name a reply version.");
        }

        var code = parts[1];
        var circular = await db.Circulars.AsNoTracking().FirstAsync(c => c.Id == circularId, cancellationToken);
        var state = await db.MemberStates.AsNoTracking().FirstAsync(m => m.Code == code, cancellationToken);
        var reply = await db.Replies.AsNoTracking().FirstAsync(r => r.CircularId == circularId && r.MemberStateCode == code, cancellationToken);
        var version = reply.Versions.First(v => v.Number == number);
        return receipts.Pdf(circular, state, reply, version, language);
    }
}
