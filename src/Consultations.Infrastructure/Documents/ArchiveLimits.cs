using System.IO.Compression;
using System.Text;

namespace Consultations.Infrastructure.Documents;

/// <summary>
/// Bounds on what an uploaded ZIP package (DOCX, ODT) may inflate to. A 783 KB file can hold an entry of 768 MiB;
/// reading it whole to learn the file's type took the server from 1 GB to 3.9 GB. Entries are read in bounded
/// prefixes, and a package is opened by a document library only after its real inflated size was counted.
/// </summary>
public static class ArchiveLimits
{
    public const long MaxInflatedBytes = 128L * 1024 * 1024;

    /// <summary>The message of the exception thrown for a package past the limit; shown to the user.</summary>
    public const string TooLargeMessage = "The document inflates to more than the portal reads.";

    public static bool IsTooLarge(Exception error) => error is InvalidDataException { Message: TooLargeMessage };

    private static InvalidDataException TooLarge() => new(TooLargeMessage);

    /// <summary>At most <paramref name="maxBytes"/> bytes of the entry, as UTF-8 text.</summary>
    public static string ReadPrefix(ZipArchiveEntry entry, int maxBytes)
    {
        using var stream = entry.Open();
        var buffer = new byte[maxBytes];
        var read = 0;
        int chunk;
        while (read < maxBytes && (chunk = stream.Read(buffer, read, maxBytes - read)) > 0)
        {
            read += chunk;
        }

        return Encoding.UTF8.GetString(buffer, 0, read);
    }

    /// <summary>What the entries say they inflate to; a package declaring more is refused without reading it.</summary>
    public static bool DeclaresTooMuch(ZipArchive zip) => zip.Entries.Sum(e => e.Length) > MaxInflatedBytes;

    /// <summary>
    /// Inflates every entry into nothing, counting the bytes, and throws once they pass the limit, whatever the entries
    /// declare. Leaves the stream at its start.
    /// </summary>
    public static void EnsureInflatesWithinLimit(Stream package)
    {
        var start = package.Position;
        using (var zip = new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: true))
        {
            if (DeclaresTooMuch(zip))
            {
                throw TooLarge();
            }

            var buffer = new byte[81920];
            long total = 0;
            foreach (var entry in zip.Entries)
            {
                using var stream = entry.Open();
                int read;
                while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
                {
                    total += read;
                    if (total > MaxInflatedBytes)
                    {
                        throw TooLarge();
                    }
                }
            }
        }

        package.Position = start;
    }
}
