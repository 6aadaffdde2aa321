using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Localization;

namespace Consultations.Web.Features.Shared;

/// <summary>Messages of IValidatableObject rules, which MVC does not localize as it does attributes' messages.</summary>
public static class ValidationMessages
{
    public static ValidationResult Localized(this ValidationContext context, string message, params string[] members)
    {
        var localizer = context.GetService(typeof(IStringLocalizer<SharedResource>)) as IStringLocalizer<SharedResource>;
        return new ValidationResult(localizer?[message].Value ?? message, members);
    }
}
