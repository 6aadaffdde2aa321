using Consultations.Domain.Replies;
using Microsoft.Extensions.Localization;

namespace Consultations.Web.Features.Shared;

/// <summary>How a reply reached TSB, in the reader's words: on receipts, version lists, the tally and its exports.</summary>
public sealed class ChannelWords(IStringLocalizer<SharedResource> localizer)
{
    public string Label(ReplyChannel channel) => channel switch
    {
        ReplyChannel.Email => localizer["recorded by TSB from e-mail"],
        ReplyChannel.Fax => localizer["recorded by TSB from fax"],
        ReplyChannel.Letter => localizer["recorded by TSB from letter"],
        _ => localizer["online"],
    };

    /// <summary>The channel itself, as TSB chooses it when recording a reply.</summary>
    public string Noun(ReplyChannel channel) => channel switch
    {
        ReplyChannel.Email => localizer["E-mail"],
        ReplyChannel.Fax => localizer["Fax"],
        ReplyChannel.Letter => localizer["Letter"],
        _ => localizer["online"],
    };
}
