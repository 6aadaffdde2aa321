using System.Data;
using System.Data.Common;
using System.Runtime.CompilerServices;
using Consultations.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Consultations.Infrastructure.Files;

/// <summary>
/// Files in the database's <c>StoredFiles</c> table, so that replicas on different hosts share them. Reading streams the
/// content from the data reader (sequential access) instead of loading it whole.
/// </summary>
public sealed class DatabaseFileStorage(AppDbContext db, TimeProvider clock) : IFileStorage
{
    public async Task WriteAsync(string name, byte[] content, string sha256, CancellationToken cancellationToken = default)
    {
        // Its own context, so that the file is stored whatever the caller's unit of work does next.
        var row = new StoredFileContent { Name = name, Content = content, Length = content.LongLength, Sha256 = sha256, WrittenAtUtc = clock.GetUtcNow().UtcDateTime };
        await using var own = new AppDbContext(OptionsOf(db));
        own.StoredFiles.Add(row);
        await own.SaveChangesAsync(cancellationToken);
    }

    public async Task<Stream?> OpenAsync(string name, CancellationToken cancellationToken = default)
    {
        var connection = db.Database.GetDbConnection();
        var opened = connection.State != ConnectionState.Open;
        if (opened)
        {
            await connection.OpenAsync(cancellationToken);
        }

        var command = connection.CreateCommand();
        command.CommandText = $"SELECT {Quote("Content")} FROM {Quote("StoredFiles")} WHERE {Quote("Name")} = @name";
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@name";
        parameter.Value = name;
        command.Parameters.Add(parameter);
        var reader = await command.ExecuteReaderAsync(CommandBehavior.SequentialAccess | CommandBehavior.SingleRow, cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            await reader.DisposeAsync();
            await command.DisposeAsync();
            if (opened)
            {
                await connection.CloseAsync();
            }

            return null;
        }

        return new ReaderStream(reader.GetStream(0), reader, command, opened ? connection : null);
    }

    public Task DeleteAsync(string name, CancellationToken cancellationToken = default) =>
        db.StoredFiles.Where(f => f.Name == name).ExecuteDeleteAsync(cancellationToken);

    public async IAsyncEnumerable<StoredFileEntry> ListAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var file in db.StoredFiles.AsNoTracking().Select(f => new { f.Name, f.WrittenAtUtc }).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            yield return new StoredFileEntry(file.Name, file.WrittenAtUtc);
        }
    }

    private string Quote(string identifier) => db.Database.IsSqlServer() ? $"[{identifier}]" : $"\"{identifier}\"";

    private static DbContextOptions<AppDbContext> OptionsOf(AppDbContext context) =>
        context.GetService<DbContextOptions<AppDbContext>>();

    /// <summary>The blob's stream, which closes the reader, the command and (if it opened it) the connection with it.</summary>
    private sealed class ReaderStream(Stream inner, DbDataReader reader, DbCommand command, DbConnection? connection) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) => inner.ReadAsync(buffer, offset, count, cancellationToken);

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => inner.ReadAsync(buffer, cancellationToken);

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
                reader.Dispose();
                command.Dispose();
                connection?.Close();
            }

            base.Dispose(disposing);
        }
    }
}
