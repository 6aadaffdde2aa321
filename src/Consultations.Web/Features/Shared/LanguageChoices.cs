using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.Localization;

namespace Consultations.Web.Features.Shared;

public static class LanguageChoices
{
    public static IEnumerable<SelectListItem> Items(IStringLocalizer localizer) =>
    [
        new(localizer["English"], "en"),
        new(localizer["French"], "fr"),
    ];
}
