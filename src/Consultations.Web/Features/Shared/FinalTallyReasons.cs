using System.Globalization;
using System.Text.RegularExpressions;
using Consultations.Domain.Replies;
using Microsoft.Extensions.Localization;

namespace Consultations.Web.Features.Shared;

/// <summary>
/// Why a final tally was recorded. The record keeps the English sentence (its stored form since the first version);
/// pages show it in the reader's language by recognising the sentence, so older records are translated as well.
/// A reason that is none of these is shown as it was stored.
/// </summary>
public sealed class FinalTallyReasons(IStringLocalizer<SharedResource> localizer, ChannelWords channels)
{
    public const string AtTheDeadline = "Final tally, recorded by the deadline task";
    public const string AtTheFirstDecision = "Final tally, recorded when the meeting's first decision was entered";
    private const string RecordedAfterwards = "Reply {0} recorded by TSB after the final tally, received in time ({1})";

    public static string ReplyRecordedAfterwards(string reference, ReplyChannel channel) =>
        string.Format(CultureInfo.InvariantCulture, RecordedAfterwards, reference, channel);

    public string Say(string stored)
    {
        if (stored is AtTheDeadline or AtTheFirstDecision)
        {
            return localizer[stored].Value;
        }

        return RecordedAfterwardsPattern.Match(stored) is { Success: true } match && Enum.TryParse<ReplyChannel>(match.Groups[2].Value, out var channel)
            ? localizer[RecordedAfterwards, match.Groups[1].Value, channels.Label(channel)].Value
            : stored;
    }

    /// <summary>The stored sentence read back: the template itself with its two values as groups.</summary>
    private static readonly Regex RecordedAfterwardsPattern = new(
        "^" + string.Format(CultureInfo.InvariantCulture, Regex.Escape(RecordedAfterwards).Replace(@"\{", "{", StringComparison.Ordinal), @"(\S+)", @"(\w+)") + "$",
        RegexOptions.CultureInvariant);
}
