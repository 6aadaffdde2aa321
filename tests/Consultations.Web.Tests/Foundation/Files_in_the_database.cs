using System.Security.Cryptography;
using Consultations.Infrastructure.Files;
using Consultations.Infrastructure.Persistence;
using Consultations.Testing;
using Consultations.Web.Cli;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Consultations.Web.Tests.Foundation;

/// <summary>The database file store keeps content with its SHA-256 and streams it back; <c>move-files</c> moves every file between the stores.</summary>
public sealed class Files_in_the_database : IDisposable
{
    private readonly PortalFactory portal = new();

    private string Folder => Path.Combine(portal.DataDirectory, "attachments");

    public void Dispose() => portal.Dispose();

    [Fact]
    public async Task A_file_written_to_the_database_is_read_back_as_a_stream_and_deleted()
    {
        var content = RandomNumberGenerator.GetBytes(300_000);
        await portal.WithScopeAsync(async services =>
        {
            var storage = Database(services);
            await storage.WriteAsync("0123456789abcdef0123456789abcdef.pdf", content, Convert.ToHexStringLower(SHA256.HashData(content)));
            await using (var stream = await storage.OpenAsync("0123456789abcdef0123456789abcdef.pdf"))
            {
                Assert.False(stream!.CanSeek);
                using var copy = new MemoryStream();
                await stream.CopyToAsync(copy);
                Assert.Equal(content, copy.ToArray());
            }

            Assert.Null(await storage.OpenAsync("ffffffffffffffffffffffffffffffff.pdf"));
            await storage.DeleteAsync("0123456789abcdef0123456789abcdef.pdf");
            Assert.Null(await storage.OpenAsync("0123456789abcdef0123456789abcdef.pdf"));
            return true;
        });
    }

    [Fact]
    public async Task Move_files_takes_every_file_from_the_folder_to_the_database_and_back_unchanged()
    {
        _ = portal.Services;
        Directory.CreateDirectory(Folder);
        var files = Enumerable.Range(0, 5).ToDictionary(i => $"{i:D32}.pdf", i => RandomNumberGenerator.GetBytes(1000 + i));
        foreach (var (name, content) in files)
        {
            await File.WriteAllBytesAsync(Path.Combine(Folder, name), content);
        }

        var output = new StringWriter();
        Assert.Equal(0, await MoveFilesCommand.RunAsync(portal.Services, [MoveFilesCommand.Name, "Database"], output, output));

        Assert.Empty(Directory.GetFiles(Folder));
        await portal.WithDbAsync(async db =>
        {
            var stored = await db.StoredFiles.ToDictionaryAsync(f => f.Name);
            Assert.Equal(files.Keys.Order(), stored.Keys.Order());
            Assert.All(files, f => Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(f.Value)), stored[f.Key].Sha256));
        });
        Assert.Contains("Moved 5 file(s) to the Database store", output.ToString());

        Assert.Equal(0, await MoveFilesCommand.RunAsync(portal.Services, [MoveFilesCommand.Name, "Folder"], output, output));

        Assert.All(files, f => Assert.Equal(f.Value, File.ReadAllBytes(Path.Combine(Folder, f.Key))));
        await portal.WithDbAsync(async db => Assert.Equal(0, await db.StoredFiles.CountAsync()));
    }

    private DatabaseFileStorage Database(IServiceProvider services) =>
        new(services.GetRequiredService<AppDbContext>(), portal.Clock);
}
