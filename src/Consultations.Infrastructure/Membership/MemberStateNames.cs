using System.Collections.Concurrent;
using Consultations.Domain.Common;
using Consultations.Domain.Membership;

namespace Consultations.Infrastructure.Membership;

/// <summary>
/// A Member State's name in each language of ITU. English is the roster's own name (ITU's short form). Other
/// languages take, in order: an administrator's correction, ITU's own form where it differs from common usage
/// (itu-names.csv, from ITU's texts), then the Unicode CLDR name that ICU carries; English when none is known.
/// </summary>
public static class MemberStateNames
{
    private static readonly Lazy<IReadOnlyDictionary<(string Code, string Language), string>> ItuForms = new(LoadItuForms);

    private static readonly ConcurrentDictionary<(string Code, string Language), string?> Cldr = new();

    public static string In(MemberState state, string language)
    {
        if (language == ItuLanguages.English)
        {
            return state.Name;
        }

        foreach (var corrected in state.CorrectedNames)
        {
            if (corrected.Language == language)
            {
                return corrected.Name;
            }
        }

        return Shipped(state.Code, language) ?? state.Name;
    }

    /// <summary>The name the portal ships for the state in the language, before any correction; null for English or when none is known.</summary>
    public static string? Shipped(string code, string language) =>
        language == ItuLanguages.English ? null
        : ItuForms.Value.TryGetValue((code, language), out var itu) ? itu
        : Cldr.GetOrAdd((code, language), key => IcuRegionNames.Name(key.Code, key.Language));

    private static IReadOnlyDictionary<(string Code, string Language), string> LoadItuForms()
    {
        using var stream = typeof(MemberStateNames).Assembly.GetManifestResourceStream("Consultations.Infrastructure.Membership.itu-names.csv")
            ?? throw new InvalidOperationException("The embedded itu-names.csv is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd()
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Skip(1)
            .Select(line => line.Split(',', 3))
            .ToDictionary(cells => (cells[0], cells[1]), cells => cells[2]);
    }
}
