using Consultations.Web.Settings;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Consultations.Web.Features.Shared;

/// <summary>The six languages as options of a select list, each named in itself.</summary>
public static class LanguageChoices
{
    public static IEnumerable<SelectListItem> Items() =>
        SupportedCultures.Names.Select(code => new SelectListItem(LanguageNames.Native(code), code));
}
