using Consultations.Domain.Replies;
using Consultations.Domain.Tally;
using Microsoft.Extensions.Localization;

namespace Consultations.Web.Features.Tally;

/// <summary>The tally's words, in the reader's language.</summary>
public sealed class TallyWords(IStringLocalizer<SharedResource> localizer)
{
    public string Margin(Margin margin) => (margin.Kind, margin.Count) switch
    {
        (MarginKind.OpposingRepliesToStop, 1) => localizer["authorized; 1 more reply not assigning authority would stop it"],
        (MarginKind.OpposingRepliesToStop, var n) => localizer["authorized; {0} more replies not assigning authority would stop it", n],
        (_, 1) => localizer["1 more supporting reply needed"],
        (_, var n) => localizer["{0} more supporting replies needed", n],
    };

    public string Decision(TextTally text) =>
        text.ConsiderationAuthorized ? localizer["consideration authorized"] : localizer["not authorized"];

    public string Status(TallyStatus status) => status == TallyStatus.Final ? localizer["final"] : localizer["provisional"];

    public string Opinion(Opinion? opinion) => opinion switch
    {
        Domain.Replies.Opinion.AssignsAuthorityNoComments => localizer["Assigns authority; no comments or suggested changes"],
        Domain.Replies.Opinion.AssignsAuthorityWithComments => localizer["Assigns authority; comments and suggested changes are attached"],
        Domain.Replies.Opinion.DoesNotAssignAuthority => localizer["Does not assign authority"],
        _ => localizer["No opinion on this text"],
    };
}
