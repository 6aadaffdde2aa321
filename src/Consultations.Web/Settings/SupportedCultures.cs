using System.Globalization;

namespace Consultations.Web.Settings;

public static class SupportedCultures
{
    public const string Default = "en";

    public static readonly IReadOnlyList<CultureInfo> All = [new("en"), new("fr")];

    public static bool IsSupported(string? name) =>
        name is not null && All.Any(c => c.Name.Equals(name, StringComparison.OrdinalIgnoreCase));
}
