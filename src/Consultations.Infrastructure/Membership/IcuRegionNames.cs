using System.Globalization;
using System.Runtime.InteropServices;

namespace Consultations.Infrastructure.Membership;

/// <summary>
/// Country names from the Unicode CLDR, as the ICU library that .NET itself runs on carries them. .NET exposes
/// region names in English only, so the one ICU function that names a region in another language is called
/// directly. Where ICU cannot be loaded (invariant globalization, a system without it) no name is found and
/// callers fall back to the English roster.
/// </summary>
public static class IcuRegionNames
{
    private const int Capacity = 256;

    [UnmanagedFunctionPointer(CallingConvention.Cdecl, CharSet = CharSet.Unicode)]
    private delegate int DisplayCountry(
        [MarshalAs(UnmanagedType.LPStr)] string locale,
        [MarshalAs(UnmanagedType.LPStr)] string displayLocale,
        [Out] char[] result,
        int capacity,
        ref int errorCode);

    private static readonly Lazy<DisplayCountry?> Function = new(Load);

    private static readonly Lazy<IReadOnlyDictionary<string, string>> TwoLetterCodes = new(MapCodes);

    public static bool Available => Function.Value is not null;

    /// <summary>The CLDR name of the region with this ISO 3166-1 alpha-3 code in the language, or null.</summary>
    public static string? Name(string alpha3, string language)
    {
        var function = Function.Value;
        if (function is null || !TwoLetterCodes.Value.TryGetValue(alpha3, out var alpha2))
        {
            return null;
        }

        var buffer = new char[Capacity];
        var errorCode = 0;
        var length = function("und_" + alpha2, language, buffer, Capacity, ref errorCode);
        // ICU answers U_USING_DEFAULT_WARNING (-127) with the code itself when it has no name for the region.
        return errorCode > 0 || errorCode == -127 || length <= 0 ? null : new string(buffer, 0, Math.Min(length, Capacity));
    }

    private static IReadOnlyDictionary<string, string> MapCodes()
    {
        var codes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var first = 'A'; first <= 'Z'; first++)
        {
            for (var second = 'A'; second <= 'Z'; second++)
            {
                var alpha2 = new string([first, second]);
                if (TryRegion(alpha2) is { } region && region.ThreeLetterISORegionName.Length == 3)
                {
                    codes.TryAdd(region.ThreeLetterISORegionName, alpha2);
                }
            }
        }

        return codes;
    }

    private static RegionInfo? TryRegion(string alpha2)
    {
        try
        {
            return new RegionInfo(alpha2);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static DisplayCountry? Load()
    {
        foreach (var (library, version) in Candidates())
        {
            if (!NativeLibrary.TryLoad(library, out var handle))
            {
                continue;
            }

            var name = version is null ? "uloc_getDisplayCountry" : $"uloc_getDisplayCountry_{version}";
            if (NativeLibrary.TryGetExport(handle, name, out var address)
                || NativeLibrary.TryGetExport(handle, "uloc_getDisplayCountry", out address))
            {
                return Marshal.GetDelegateForFunctionPointer<DisplayCountry>(address);
            }
        }

        return null;
    }

    // The names under which each system ships ICU: versioned on Linux (as .NET looks for it), plain on Windows and macOS.
    private static IEnumerable<(string Library, int? Version)> Candidates()
    {
        if (OperatingSystem.IsWindows())
        {
            yield return ("icu.dll", null);
            yield return ("icuuc.dll", null);
            yield break;
        }

        if (OperatingSystem.IsMacOS())
        {
            yield return ("libicucore.dylib", null);
            yield break;
        }

        for (var version = 90; version >= 50; version--)
        {
            yield return ($"libicuuc.so.{version}", version);
        }

        yield return ("libicuuc.so", null);
    }
}
