using Consultations.Domain.Replies;

namespace Consultations.Domain.Tally;

/// <summary>One submitted version of a reply, as the tally needs it: who, when received, and the opinion per text.</summary>
public sealed record TallyVersion(
    string MemberStateCode,
    int VersionNumber,
    DateTime ReceivedAtUtc,
    IReadOnlyDictionary<int, Opinion> Opinions) : ICountableVersion
{
    /// <summary>The stored version's key, when it came from the database; kept in the final tally's record.</summary>
    public int VersionId { get; init; }

    int ICountableVersion.Number => VersionNumber;
}
