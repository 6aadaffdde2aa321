using System.Globalization;
using Consultations.Domain.Circulars;
using Consultations.Domain.Membership;
using Consultations.Domain.Replies;
using Consultations.Infrastructure.Pdf;
using Consultations.Web.Settings;
using Consultations.Web.Localization;
using Consultations.Web.Email;
using Consultations.Web.Features.Shared;
using Consultations.Web.Features.Verify;
using Microsoft.Extensions.Localization;

namespace Consultations.Web.Features.Replies;

/// <summary>The receipt of a version, laid out like the filled Annex 2, in the reader's language.</summary>
public sealed class ReceiptBuilder(IPdfRenderer renderer, IStringLocalizer<SharedResource> localizer, PortalLinks links, ChannelWords channels)
{
    public byte[] Pdf(Circular circular, MemberState state, Reply reply, ReplyVersion version, string language)
    {
        using var _ = new CultureScope(language);
        var reference = reply.ReferenceOf(circular, version);
        var blocks = new List<PdfBlock>
        {
            new PdfHeading(localizer["Member State response to TSB Circular {0}", circular.Number]),
            new PdfParagraph(localizer["Administration of {0}", state.LocalName()], Bold: true, Size: 12),
            new PdfFacts(
            [
                new(localizer["To"], localizer["Director of the Telecommunication Standardization Bureau, International Telecommunication Union, Geneva"]),
                new(localizer["From"], Joined(version.Signatory.Name, version.Signatory.Title)),
                new(localizer["Place and date"], Joined(version.Signatory.Place, DateDisplay.Day(version.Signatory.Date))),
                new(localizer["Received by TSB"], DateDisplay.UtcToTheSecond(version.ReceivedAtUtc)),
                new(localizer["How it arrived"], channels.Label(version.Channel)),
                new(localizer["Receipt reference"], reference),
                new(localizer["SHA-256 digest"], version.Digest),
            ]),
            new PdfParagraph(localizer["With respect to the Member State consultation on the determined draft texts listed in TSB Circular {0}, the opinion of this Administration is set out below.", circular.Number]),
        };
        if (reply.Versions.FirstOrDefault(v => v.Number == version.Number - 1) is { } previous)
        {
            var changed = version.TextsChangedFrom(previous);
            blocks.Add(new PdfParagraph(
                changed.Count == 0
                    ? localizer["This version replaces version {0}; it says the same on every text.", previous.Number]
                    : localizer["This version replaces version {0}. Changed: {1}.", previous.Number, string.Join(", ", circular.Texts.Where(t => changed.Contains(t.Id)).OrderBy(t => t.Position).Select(t => t.DisplayNumber))],
                Bold: true));
        }

        blocks.Add(new PdfRule());

        foreach (var text in circular.Texts.OrderBy(t => t.Position))
        {
            var opinion = version.Opinions.FirstOrDefault(o => o.DraftTextId == text.Id);
            // The number and its former name read left to right as one piece, even in an Arabic line.
            blocks.Add(new PdfParagraph($"{localizer[AmendmentNames.Label(text.Kind)]} {BidiIsolatingLocalizer.Isolate($"{text.DisplayNumber}{(text.ProvisionalName is null ? string.Empty : $" (ex {text.ProvisionalName})")}")}", Bold: true, KeepWithNext: true));
            blocks.Add(new PdfParagraph(text.TitleIn(language), Indent: 12, KeepWithNext: true));
            blocks.Add(new PdfParagraph((SupportedCultures.IsRightToLeft(language) ? "← " : "→ ") + OpinionLabel(opinion?.Opinion, circular.StudyGroup), Indent: 12, Bold: opinion is not null));
            if (opinion?.Comment is { Length: > 0 } comment)
            {
                blocks.Add(new PdfParagraph(comment, Indent: 24, Size: 9));
            }

            foreach (var file in version.Attachments.Where(a => a.DraftTextId == text.Id))
            {
                blocks.Add(new PdfParagraph(localizer["Attached: {0} ({1} KB, SHA-256 {2})", file.FileName, Math.Max(1, file.Length / 1024), file.Sha256[..16]], Indent: 24, Size: 8.5));
            }
        }

        blocks.Add(new PdfRule());
        blocks.Add(new PdfParagraph(localizer["Yours faithfully,"]));
        blocks.Add(new PdfParagraph(string.Join('\n', new[] { version.Signatory.Name, version.Signatory.Title, localizer["Administration of {0}", state.LocalName()].Value }.Where(l => l.Length > 0))));
        blocks.Add(new PdfParagraph(localizer["Check this receipt at {0} with its reference and digest.", links.To(nameof(VerifyController.Index), "Verify")], Size: 8));
        return renderer.Render(new PdfReport(reference, $"{localizer["ITU-T Consultations"]} – {reference}", blocks, SupportedCultures.Current));
    }

    public string OpinionLabel(Opinion? opinion, int studyGroup) => opinion switch
    {
        Opinion.AssignsAuthorityNoComments => localizer["assigns authority to ITU-T Study Group {0} to consider this text for approval; no comments or suggested changes", studyGroup],
        Opinion.AssignsAuthorityWithComments => localizer["assigns authority to ITU-T Study Group {0} to consider this text for approval; comments and suggested changes are attached", studyGroup],
        Opinion.DoesNotAssignAuthority => localizer["does not assign authority to ITU-T Study Group {0} to consider this text for approval; reasons and possible changes are attached", studyGroup],
        _ => localizer["no opinion given"],
    };

    public static string Joined(params string[] parts) => string.Join(", ", parts.Where(p => !string.IsNullOrWhiteSpace(p)));

    public static string FileName(string reference) => string.Create(CultureInfo.InvariantCulture, $"receipt-{reference}.pdf");
}
