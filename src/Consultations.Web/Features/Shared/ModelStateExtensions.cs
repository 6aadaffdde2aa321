using Consultations.Domain.Common;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace Consultations.Web.Features.Shared;

public static class ModelStateExtensions
{
    /// <summary>Shows a rule of the domain that refused the change, in the reader's language when a translation exists.</summary>
    public static void AddDomainError(this ModelStateDictionary modelState, DomainException error, IStringLocalizer localizer, string key = "")
    {
        modelState.AddModelError(key, DomainWords.Say(localizer, error));
    }
}
