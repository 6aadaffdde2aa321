using Consultations.Domain.Import;
using Microsoft.Extensions.Localization;

namespace Consultations.Web.Features.CircularImport;

/// <summary>
/// The reader's warnings in the reader's language. The values put into a sentence are looked up too: the words the
/// reader names ("deadline", "meeting's first day", a language) have translations, while numbers and text quoted from
/// the document have none and stay as they are.
/// </summary>
public sealed class ImportWarningWords(IStringLocalizer<SharedResource> localizer)
{
    public string Say(ImportWarning warning) =>
        localizer[warning.Template, [.. warning.Arguments.Select(argument => (object)localizer[argument].Value)]].Value;

    public List<string> Say(IEnumerable<ImportWarning> warnings) => [.. warnings.Select(Say)];
}
