using System.Globalization;
using Consultations.Domain.Membership;

namespace Consultations.Infrastructure.Membership;

/// <summary>The Member States of ITU and the observers that circulars are addressed to, as shipped in member-states.csv.</summary>
public static class MemberStateRoster
{
    public static IReadOnlyList<MemberState> Load()
    {
        using var stream = typeof(MemberStateRoster).Assembly.GetManifestResourceStream("Consultations.Infrastructure.Membership.member-states.csv")
            ?? throw new InvalidOperationException("The embedded roster member-states.csv is missing.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }

    /// <summary>Columns: code, name, memberSince (yyyy-MM-dd or empty), memberUntil, observer (true or empty). Names hold no commas.</summary>
    public static IReadOnlyList<MemberState> Parse(string csv)
    {
        var states = new List<MemberState>();
        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var line in lines.Skip(1))
        {
            var cells = line.Split(',');
            if (cells.Length != 5)
            {
                throw new FormatException($"Roster line '{line}' must have 5 columns.");
            }

            states.Add(new MemberState(
                cells[0],
                cells[1],
                ParseDate(cells[2]),
                ParseDate(cells[3]),
                isObserver: cells[4].Equals("true", StringComparison.OrdinalIgnoreCase)));
        }

        return states;
    }

    private static DateOnly? ParseDate(string cell) =>
        string.IsNullOrWhiteSpace(cell) ? null : DateOnly.ParseExact(cell.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
