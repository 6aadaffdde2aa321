using System.Security.Cryptography;
using Consultations.Infrastructure.Files;
using Consultations.Infrastructure.Persistence;
using Consultations.Web.Composition;
using Consultations.Web.Settings;
using Microsoft.Extensions.Options;

namespace Consultations.Web.Cli;

/// <summary>
/// <c>move-files Database|Folder</c>: moves every stored reply file from the other store into the one named, checking each
/// copy by its SHA-256 before the original is deleted, so that a portal can change <c>Files:Store</c> (one machine to
/// replicas, or back). Run it with the portal stopped, then set <c>Files:Store</c> to the store named.
/// </summary>
public static class MoveFilesCommand
{
    public const string Name = "move-files";

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output, TextWriter error)
    {
        if (args.Length < 2 || !(args[1].Equals(FileStores.Database, StringComparison.OrdinalIgnoreCase) || args[1].Equals(FileStores.Folder, StringComparison.OrdinalIgnoreCase)))
        {
            await error.WriteLineAsync($"Usage: {Name} {FileStores.Database}|{FileStores.Folder}");
            return 2;
        }

        using var scope = services.CreateScope();
        var provider = scope.ServiceProvider;
        var folder = new FolderFileStorage(Path.Combine(provider.GetRequiredService<IOptions<PortalOptions>>().Value.DataDirectory, "attachments"));
        var database = new DatabaseFileStorage(provider.GetRequiredService<AppDbContext>(), provider.GetRequiredService<TimeProvider>());
        var toDatabase = args[1].Equals(FileStores.Database, StringComparison.OrdinalIgnoreCase);
        var (source, target) = toDatabase ? ((IFileStorage)folder, (IFileStorage)database) : (database, folder);

        var names = new List<string>();
        await foreach (var file in source.ListAsync())
        {
            names.Add(file.Name);
        }

        var moved = 0;
        foreach (var name in names)
        {
            var content = await ReadAsync(source, name);
            var sha256 = Convert.ToHexStringLower(SHA256.HashData(content));
            var existing = await ReadOrNullAsync(target, name);
            if (existing is null)
            {
                await target.WriteAsync(name, content, sha256);
                existing = await ReadAsync(target, name);
            }

            if (Convert.ToHexStringLower(SHA256.HashData(existing)) != sha256)
            {
                await error.WriteLineAsync($"{name}: the copy differs from the original; the original is kept.");
                return 1;
            }

            await source.DeleteAsync(name);
            moved++;
        }

        await output.WriteLineAsync($"Moved {moved} file(s) to the {(toDatabase ? FileStores.Database : FileStores.Folder)} store. Set Files:Store accordingly.");
        return 0;
    }

    private static async Task<byte[]> ReadAsync(IFileStorage storage, string name) =>
        await ReadOrNullAsync(storage, name) ?? throw new InvalidOperationException($"{name} disappeared while it was moved.");

    private static async Task<byte[]?> ReadOrNullAsync(IFileStorage storage, string name)
    {
        await using var stream = await storage.OpenAsync(name);
        if (stream is null)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer);
        return buffer.ToArray();
    }
}
