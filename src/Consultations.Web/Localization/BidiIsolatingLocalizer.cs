using System.Globalization;
using Microsoft.Extensions.Localization;

namespace Consultations.Web.Localization;

/// <summary>
/// The portal's localizer. In a right-to-left language every argument placed into a sentence is wrapped in
/// Unicode's first-strong isolate (U+2068 … U+2069), so that "X.1054", "C104-FRA-v3", an e-mail address or a
/// number keeps its own direction inside Arabic text and does not pull the punctuation around it out of place.
/// Pages, e-mails and documents all take their sentences from here, so all of them are isolated alike.
/// </summary>
public sealed class BidiIsolatingLocalizer(IStringLocalizerFactory factory) : IStringLocalizer<SharedResource>
{
    public const char FirstStrongIsolate = '\u2068';
    public const char PopDirectionalIsolate = '\u2069';

    private readonly IStringLocalizer inner = factory.Create(typeof(SharedResource));

    public LocalizedString this[string name] => inner[name];

    /// <summary>Text that keeps its own direction wherever it is placed (a number with its former name, a reference).</summary>
    public static string Isolate(string text) => $"{FirstStrongIsolate}{text}{PopDirectionalIsolate}";

    public LocalizedString this[string name, params object[] arguments]
    {
        get
        {
            if (!CultureInfo.CurrentUICulture.TextInfo.IsRightToLeft || arguments.Length == 0)
            {
                return inner[name, arguments];
            }

            var format = inner[name];
            var value = string.Format(CultureInfo.CurrentCulture, format.Value, [.. arguments.Select(a => (object)new Isolated(a))]);
            return new LocalizedString(name, value, format.ResourceNotFound, format.SearchedLocation);
        }
    }

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => inner.GetAllStrings(includeParentCultures);

    /// <summary>An argument that keeps its own format specifier ("{0:yyyy-MM-dd}") and comes out isolated.</summary>
    private sealed class Isolated(object? value) : IFormattable
    {
        public string ToString(string? format, IFormatProvider? formatProvider)
        {
            var text = value is IFormattable formattable ? formattable.ToString(format, formatProvider) : value?.ToString() ?? string.Empty;
            return text.Length == 0 ? text : $"{FirstStrongIsolate}{text}{PopDirectionalIsolate}";
        }

        public override string ToString() => ToString(null, CultureInfo.CurrentCulture);
    }
}
