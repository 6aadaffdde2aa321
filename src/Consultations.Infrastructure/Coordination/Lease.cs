namespace Consultations.Infrastructure.Coordination;

/// <summary>A named lease in the database: the one process (replica) that holds it runs the work until it ends.</summary>
public sealed class Lease
{
    public string Name { get; set; } = string.Empty;

    public string Holder { get; set; } = string.Empty;

    public DateTime HeldUntilUtc { get; set; }

    /// <summary>Changes with every taking or renewal, so that two replicas cannot both win one lease.</summary>
    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();
}
