using System.Globalization;
using Consultations.Web.Settings;

namespace Consultations.Web.Email;

/// <summary>Switches the UI culture for composing a message in its recipient's language.</summary>
public sealed class CultureScope : IDisposable
{
    private readonly CultureInfo previousCulture = CultureInfo.CurrentCulture;
    private readonly CultureInfo previousUiCulture = CultureInfo.CurrentUICulture;

    public CultureScope(string language)
    {
        var culture = SupportedCultures.IsSupported(language) ? new CultureInfo(language) : new CultureInfo(SupportedCultures.Default);
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = culture;
    }

    public void Dispose()
    {
        CultureInfo.CurrentCulture = previousCulture;
        CultureInfo.CurrentUICulture = previousUiCulture;
    }
}
