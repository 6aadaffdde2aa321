namespace Consultations.Infrastructure.Files;

/// <summary>Where reply attachments and recorded originals are kept, by their generated names.</summary>
public interface IFileStorage
{
    Task WriteAsync(string name, byte[] content, string sha256, CancellationToken cancellationToken = default);

    /// <summary>The file's content as a stream read as it is sent, or null when there is no such file.</summary>
    Task<Stream?> OpenAsync(string name, CancellationToken cancellationToken = default);

    Task DeleteAsync(string name, CancellationToken cancellationToken = default);

    IAsyncEnumerable<StoredFileEntry> ListAsync(CancellationToken cancellationToken = default);
}

public sealed record StoredFileEntry(string Name, DateTime WrittenAtUtc);

/// <summary>The two stores (<c>Files:Store</c>): a folder of the data directory (one machine) or the database (replicas).</summary>
public static class FileStores
{
    public const string Folder = "Folder";
    public const string Database = "Database";
}
