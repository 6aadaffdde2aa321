using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Consultations.Domain.Import;
using Consultations.Infrastructure.Documents;

namespace Consultations.Web.Cli;

/// <summary><c>parse-circular &lt;file&gt;</c>: prints what the importer reads from a .txt or .docx circular, as JSON (docs/import.md).</summary>
public static class ParseCircularCommand
{
    public const string Name = "parse-circular";

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        if (args.Length != 2)
        {
            error.WriteLine("Usage: parse-circular <file.txt|file.docx>");
            return 2;
        }

        string text;
        try
        {
            using var file = File.OpenRead(Resolve(args[1]));
            text = CircularFile.TextOf(file, args[1]);
        }
        catch (Exception failure) when (failure is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            error.WriteLine($"Cannot read '{args[1]}': {failure.Message}");
            return 2;
        }

        output.WriteLine(JsonSerializer.Serialize(ToJson(CircularParser.Parse(text)), Json));
        return 0;
    }

    /// <summary>
    /// 'dotnet run' starts the app in its project folder; a relative path is meant from where the user typed the
    /// command, which the shell keeps in PWD.
    /// </summary>
    private static string Resolve(string path)
    {
        if (Path.IsPathRooted(path) || File.Exists(path))
        {
            return path;
        }

        var shellDirectory = Environment.GetEnvironmentVariable("PWD");
        return shellDirectory is null ? path : Path.Combine(shellDirectory, path);
    }

    public static ParsedCircularJson ToJson(ParsedCircular parsed) => new(
        parsed.Number,
        parsed.Language,
        Day(parsed.Date),
        parsed.Reference,
        parsed.StudyGroup,
        parsed.Addressees?.Split("; ") ?? [],
        parsed.CopyTo,
        new MeetingJson(parsed.Meeting.Place, Day(parsed.Meeting.Start), Day(parsed.Meeting.End)),
        Day(parsed.Deadline),
        parsed.Texts.Select(t => new TextJson(
            t.Kind.ToString(), t.Recommendation, t.AmendmentNumber, t.ProvisionalName, t.Title, t.Summary, t.DocumentRef, t.Notes)).ToList(),
        parsed.Notes.Select(n => n.Text).ToList(),
        parsed.Notes.Select((n, i) => new NoteJson(n.Kind.ToString(), i < parsed.NoteExceptions.Count ? parsed.NoteExceptions[i] : [])).ToList(),
        [.. parsed.Warnings.Select(w => w.Text)]);

    private static string? Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public sealed record ParsedCircularJson(
        int? Number,
        string Language,
        string? Date,
        string? Reference,
        int? StudyGroup,
        IReadOnlyList<string> Addressees,
        IReadOnlyList<string> CopyTo,
        MeetingJson Meeting,
        string? Deadline,
        IReadOnlyList<TextJson> Texts,
        IReadOnlyList<string> Notes,
        IReadOnlyList<NoteJson> NoteScopes,
        IReadOnlyList<string> Warnings);

    /// <summary>A letter note's kind and the texts it excepts (empty when it speaks of them all).</summary>
    public sealed record NoteJson(string Kind, IReadOnlyList<string> Except);

    public sealed record MeetingJson(string? Place, string? Start, string? End);

    public sealed record TextJson(
        string Kind,
        string Recommendation,
        int? AmendmentNumber,
        string? ProvisionalName,
        string Title,
        string? Summary,
        string? DocumentRef,
        IReadOnlyList<string> Notes);
}
