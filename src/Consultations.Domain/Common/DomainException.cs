namespace Consultations.Domain.Common;

/// <summary>
/// A rule of the domain was broken. <see cref="Code"/> is a stable key the web layer
/// localizes; <see cref="Exception.Message"/> is the English text used when no translation exists.
/// </summary>
public sealed class DomainException : Exception
{
    public DomainException(string code, string message, params object[] arguments)
        : base(string.Format(System.Globalization.CultureInfo.InvariantCulture, message, arguments))
    {
        Code = code;
        Template = message;
        Arguments = arguments;
    }

    public string Code { get; }

    public string Template { get; }

    public IReadOnlyList<object> Arguments { get; }

    /// <summary>What the broken rule concerns, when a form needs to show the message beside it (e.g. a draft text's id).</summary>
    public string? Subject { get; init; }
}
