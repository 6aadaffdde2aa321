namespace Consultations.Testing;

/// <summary>
/// A second portal (another replica) with a data folder of its own over the SQLite database of <paramref name="first"/>:
/// what replicas on different hosts share is the database, and only the database.
/// </summary>
public class ReplicaPortal(PortalFactory first, IEnumerable<KeyValuePair<string, string>>? settings = null) : PortalFactory
{
    protected override IEnumerable<KeyValuePair<string, string>> Settings =>
    [
        new("ConnectionStrings:Sqlite", $"Data Source={Path.Combine(first.DataDirectory, "consultations.db")};Default Timeout=30"),
        .. settings ?? [],
    ];
}
