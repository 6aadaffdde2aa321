using System.IO.Compression;
using Consultations.Infrastructure.Documents;
using Consultations.Infrastructure.Replies;

namespace Consultations.Web.Tests.Security;

/// <summary>
/// Finding 12: a small ODT whose <c>mimetype</c> entry inflates to hundreds of MiB was read whole to type it. Typing an
/// upload now inflates a bounded prefix, a package declaring more than the limit is refused unread, and a document is
/// handed to the Word reader only after its real inflated size was counted.
/// </summary>
public class Inflating_archives_are_read_in_bounds
{
    private const long Inflated = 200L * 1024 * 1024;

    [Fact]
    public void An_ODT_whose_type_entry_inflates_to_200_MiB_is_refused_with_a_few_MiB_allocated()
    {
        var bomb = Package(("mimetype", Inflated));
        Assert.True(bomb.Length < 1024 * 1024, $"{bomb.Length} bytes");

        var before = GC.GetAllocatedBytesForCurrentThread();
        var type = FileTypes.Detect(bomb);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Null(type);
        Assert.True(allocated < 8 * 1024 * 1024, $"{allocated / 1024 / 1024} MiB allocated");
    }

    [Fact]
    public void A_real_ODT_is_still_recognised_by_a_prefix_of_its_type_entry()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var writer = new StreamWriter(zip.CreateEntry("mimetype", CompressionLevel.NoCompression).Open()))
            {
                writer.Write("application/vnd.oasis.opendocument.text");
            }

            using (var writer = new StreamWriter(zip.CreateEntry("content.xml").Open()))
            {
                writer.Write("<office:document-content/>");
            }
        }

        Assert.Equal(FileTypes.Odt, FileTypes.Detect(buffer.ToArray()));
    }

    [Fact]
    public void A_Word_document_that_inflates_past_the_limit_is_refused_before_the_Word_reader_opens_it()
    {
        var bomb = Package(("[Content_Types].xml", 100), ("word/document.xml", Inflated));

        var before = GC.GetAllocatedBytesForCurrentThread();
        var error = Assert.Throws<InvalidDataException>(() => CircularFile.TextOf(new MemoryStream(bomb), "circular.docx"));
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal("The document inflates to more than the portal reads.", error.Message);
        Assert.True(allocated < 8 * 1024 * 1024, $"{allocated / 1024 / 1024} MiB allocated");
    }

    [Fact]
    public void A_Word_document_that_lies_about_its_inflated_size_is_refused_while_counting()
    {
        var bomb = Package(("[Content_Types].xml", 100), ("word/document.xml", Inflated));
        DeclareSmallSizes(bomb);

        var before = GC.GetAllocatedBytesForCurrentThread();
        Assert.ThrowsAny<InvalidDataException>(() => CircularFile.TextOf(new MemoryStream(bomb), "circular.docx"));
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.True(allocated < 8 * 1024 * 1024, $"{allocated / 1024 / 1024} MiB allocated");
    }

    /// <summary>Rewrites every central-directory entry to declare 1,000 inflated bytes.</summary>
    private static void DeclareSmallSizes(byte[] package)
    {
        var patched = 0;
        for (var i = 0; i + 46 <= package.Length; i++)
        {
            if (package[i] == 0x50 && package[i + 1] == 0x4B && package[i + 2] == 0x01 && package[i + 3] == 0x02)
            {
                BitConverter.TryWriteBytes(package.AsSpan(i + 24, 4), 1000u);
                patched++;
            }
        }

        Assert.Equal(2, patched);
    }

    /// <summary>A ZIP package of entries of zeros of the given inflated sizes.</summary>
    private static byte[] Package(params (string Name, long Bytes)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            var zeros = new byte[1024 * 1024];
            foreach (var (name, bytes) in entries)
            {
                using var stream = zip.CreateEntry(name, CompressionLevel.SmallestSize).Open();
                for (long written = 0; written < bytes; written += zeros.Length)
                {
                    stream.Write(zeros, 0, (int)Math.Min(zeros.Length, bytes - written));
                }
            }
        }

        return buffer.ToArray();
    }
}
