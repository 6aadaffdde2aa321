using System.Globalization;

namespace Consultations.Domain.Import;

/// <summary>
/// Something the reader could not read or found doubtful, as a sentence template and its values, so that the portal can
/// say it in the reader's language; <see cref="Text"/> is the English sentence.
/// </summary>
public sealed record ImportWarning(string Template, IReadOnlyList<string> Arguments)
{
    public ImportWarning(string template, params string[] arguments)
        : this(template, (IReadOnlyList<string>)arguments)
    {
    }

    public string Text => string.Format(CultureInfo.InvariantCulture, Template, [.. Arguments]);

    public override string ToString() => Text;
}
