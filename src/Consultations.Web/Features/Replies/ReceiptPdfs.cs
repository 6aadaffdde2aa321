using Consultations.Domain.Circulars;
using Consultations.Domain.Membership;
using Consultations.Domain.Replies;
using Consultations.Infrastructure.Membership;
using Microsoft.Extensions.Caching.Memory;

namespace Consultations.Web.Features.Replies;

/// <summary>
/// Receipt PDFs, drawn once per version, language and wording of the texts, then served from memory: a version never
/// changes, and a correction of a title changes the key.
/// </summary>
public sealed class ReceiptPdfs(ReceiptBuilder receipts, IMemoryCache cache)
{
    public byte[] Pdf(Circular circular, MemberState state, Reply reply, ReplyVersion version, string language)
    {
        var wording = new HashCode();
        foreach (var text in circular.Texts.OrderBy(t => t.Position))
        {
            wording.Add(text.TitleIn(language));
        }

        wording.Add(MemberStateNames.In(state, language));
        var key = (Receipt: version.Id, version.Digest, language, Wording: wording.ToHashCode());
        return cache.GetOrCreate(key, entry =>
        {
            entry.Size = 1;
            entry.SlidingExpiration = TimeSpan.FromMinutes(30);
            return receipts.Pdf(circular, state, reply, version, language);
        })!;
    }
}
