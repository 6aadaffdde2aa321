namespace Consultations.Infrastructure.Files;

/// <summary>A reply file kept in the database (<c>Files:Store = Database</c>), so that every replica reads what any stored.</summary>
public sealed class StoredFileContent
{
    public string Name { get; set; } = string.Empty;

    public byte[] Content { get; set; } = [];

    public long Length { get; set; }

    public string Sha256 { get; set; } = string.Empty;

    public DateTime WrittenAtUtc { get; set; }
}
