using Consultations.Domain.Common;
using Microsoft.Extensions.Localization;

namespace Consultations.Web.Features.Shared;

/// <summary>A rule of the domain that refused a change, said in the reader's language with its dates in the reader's style.</summary>
public static class DomainWords
{
    public static string Say(IStringLocalizer localizer, DomainException error)
    {
        var translated = localizer[error.Template, [.. error.Arguments.Select(Readable)]];
        return translated.ResourceNotFound ? error.Message : translated.Value;
    }

    // The domain states dates as ISO days ({0:yyyy-MM-dd}); a string argument ignores that format, so the reader sees the long date.
    private static object Readable(object? argument) => argument switch
    {
        DateOnly day => DateDisplay.Day(day),
        null => string.Empty,
        _ => argument,
    };
}
