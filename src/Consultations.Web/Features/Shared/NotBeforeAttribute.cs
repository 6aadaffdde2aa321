using System.ComponentModel.DataAnnotations;

namespace Consultations.Web.Features.Shared;

/// <summary>A date that must not come before another date of the same form; checked with the other fields, so every error shows at once.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class NotBeforeAttribute(string otherProperty) : ValidationAttribute
{
    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext)
    {
        var other = validationContext.ObjectType.GetProperty(otherProperty)?.GetValue(validationContext.ObjectInstance);
        return value is DateOnly date && other is DateOnly start && date < start
            ? new ValidationResult(ErrorMessage, validationContext.MemberName is null ? null : [validationContext.MemberName])
            : ValidationResult.Success;
    }
}
