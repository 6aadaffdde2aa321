using Consultations.Domain.Membership;
using Consultations.Infrastructure.Membership;
using Consultations.Web.Settings;

namespace Consultations.Web.Features.Shared;

public static class StateNameExtensions
{
    /// <summary>The state's name in the reader's language (the current UI culture: a page's reader, or an e-mail's recipient).</summary>
    public static string LocalName(this MemberState state) =>
        MemberStateNames.In(state, SupportedCultures.Current);
}
