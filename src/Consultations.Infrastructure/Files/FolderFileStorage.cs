using System.Runtime.CompilerServices;

namespace Consultations.Infrastructure.Files;

/// <summary>Files in a folder of the data directory: the default for a portal on one machine.</summary>
public sealed class FolderFileStorage(string directory) : IFileStorage
{
    public async Task WriteAsync(string name, byte[] content, string sha256, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(directory);
        await File.WriteAllBytesAsync(Path.Combine(directory, name), content, cancellationToken);
    }

    public Task<Stream?> OpenAsync(string name, CancellationToken cancellationToken = default)
    {
        var path = Path.Combine(directory, name);
        return Task.FromResult<Stream?>(File.Exists(path) ? File.OpenRead(path) : null);
    }

    public Task DeleteAsync(string name, CancellationToken cancellationToken = default)
    {
        File.Delete(Path.Combine(directory, name));
        return Task.CompletedTask;
    }

    public async IAsyncEnumerable<StoredFileEntry> ListAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        if (!Directory.Exists(directory))
        {
            yield break;
        }

        foreach (var path in Directory.EnumerateFiles(directory))
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return new StoredFileEntry(Path.GetFileName(path), File.GetLastWriteTimeUtc(path));
        }

        await Task.CompletedTask;
    }
}
