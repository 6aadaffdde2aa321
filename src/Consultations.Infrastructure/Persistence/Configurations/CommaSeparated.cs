using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Consultations.Infrastructure.Persistence.Configurations;

/// <summary>A short list of codes (languages, Recommendation numbers) stored as one comma-separated column.</summary>
internal static class CommaSeparated
{
    public static readonly ValueConverter<IReadOnlyList<string>, string> Converter = new(
        list => string.Join(',', list),
        stored => stored.Split(',', StringSplitOptions.RemoveEmptyEntries).ToList());

    public static readonly ValueComparer<IReadOnlyList<string>> Comparer = new(
        (a, b) => a!.SequenceEqual(b!),
        list => list.Aggregate(0, (hash, item) => HashCode.Combine(hash, item.GetHashCode(StringComparison.Ordinal))),
        list => list.ToList());
}
