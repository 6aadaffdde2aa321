namespace Consultations.Infrastructure.Replies;

/// <summary>Why <see cref="AttachmentStore"/> refused a file.</summary>
public enum FileRefusal
{
    TooLarge,
    TypeNotAccepted,
}

/// <summary>A file the store refuses to keep, with the reason as a value that callers turn into their own words.</summary>
public sealed class FileRefusedException(FileRefusal reason)
    : Exception(reason == FileRefusal.TooLarge ? "The file is larger than the store accepts." : "The file is not of a type the store accepts.")
{
    public FileRefusal Reason { get; } = reason;
}
