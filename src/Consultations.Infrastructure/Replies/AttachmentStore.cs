using System.Security.Cryptography;
using Consultations.Infrastructure.Files;

namespace Consultations.Infrastructure.Replies;

/// <summary>
/// Reply files, stored outside the web root under generated names (in a folder or the database, see
/// <see cref="IFileStorage"/>). The type is decided by the content, never by the file's name; a file whose content is
/// not an allowed type is refused.
/// </summary>
public sealed class AttachmentStore(IFileStorage storage)
{
    public const long MaxFileBytes = 10 * 1024 * 1024;
    public const long MaxReplyBytes = 25 * 1024 * 1024;

    /// <summary>Files an administration may keep for one circular: its versions and its drafts together.</summary>
    public const long MaxAdministrationBytesPerCircular = 100 * 1024 * 1024;

    public async Task<StoredFile> SaveAsync(Stream content, string fileName, CancellationToken cancellationToken = default)
    {
        await using var buffer = new MemoryStream();
        await content.CopyToAsync(buffer, cancellationToken);
        if (buffer.Length > MaxFileBytes)
        {
            throw new FileRefusedException(FileRefusal.TooLarge);
        }

        var bytes = buffer.ToArray();
        var type = FileTypes.Detect(bytes) ?? throw new FileRefusedException(FileRefusal.TypeNotAccepted);
        var storedName = $"{Guid.NewGuid():N}{type.Extension}";
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes));
        await storage.WriteAsync(storedName, bytes, sha256, cancellationToken);
        return new StoredFile(storedName, SafeName(fileName, type.Extension), type.ContentType, bytes.LongLength, sha256);
    }

    public Task<Stream?> OpenAsync(string storedName, CancellationToken cancellationToken = default) =>
        IsGeneratedName(storedName) ? storage.OpenAsync(storedName, cancellationToken) : Task.FromResult<Stream?>(null);

    public Task DeleteAsync(string storedName, CancellationToken cancellationToken = default) =>
        IsGeneratedName(storedName) ? storage.DeleteAsync(storedName, cancellationToken) : Task.CompletedTask;

    /// <summary>Every stored file with the time it was written.</summary>
    public IAsyncEnumerable<StoredFileEntry> ListAsync(CancellationToken cancellationToken = default) => storage.ListAsync(cancellationToken);

    /// <summary>Stored names are generated; anything else (a path, "..") is never looked up.</summary>
    private static bool IsGeneratedName(string storedName) =>
        storedName.Length <= 64 && storedName.All(c => char.IsAsciiLetterOrDigit(c) || c == '.') && !storedName.StartsWith('.');

    /// <summary>
    /// The name shown for a file: its last segment whatever the sender's separators ("..\..\x", "C:\x"), without
    /// control or formatting characters (a right-to-left override could disguise "fdp.exe" as "exe.pdf"), with the
    /// extension of the type its content was found to be.
    /// </summary>
    public static string SafeName(string fileName, string extension)
    {
        var lastSegment = (fileName ?? string.Empty).Replace('\\', '/').Split('/').Last();
        var name = Path.GetFileNameWithoutExtension(lastSegment);
        var clean = new string(name.Where(c => !char.IsControl(c)
                && char.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.Format
                && c != ':'
                && !Path.GetInvalidFileNameChars().Contains(c)).ToArray())
            .Trim()
            .TrimStart('.');
        return (clean.Length == 0 ? "attachment" : clean[..Math.Min(clean.Length, 120)]) + extension;
    }
}

public sealed record StoredFile(string StoredName, string FileName, string ContentType, long Length, string Sha256);
