using Consultations.Web.Features.Shared;
namespace Consultations.Web.Features.Replies;

/// <summary>What the delegate asked for with the reply form's buttons.</summary>
public enum ReplyIntent
{
    /// <summary>Keep the form as the draft and stay on it.</summary>
    SaveDraft,

    /// <summary>Fill every text with the same choice; nothing is saved.</summary>
    ApplyToAll,

    /// <summary>Keep the draft and go on to "Check and submit" when it is complete.</summary>
    Review,
}

/// <summary>A file as it arrived, without the web type: its name, its length and a way to read it once.</summary>
public sealed record UploadedFile(string FileName, long Length, Func<Stream> OpenRead);

/// <summary>One text's part of a draft, as the delegate entered it.</summary>
public sealed record DraftRowInput(int TextId, ReplyChoice Choice, string? Comment, IReadOnlyList<string> Keep, IReadOnlyList<UploadedFile> Uploads);

/// <summary>The reply form's values, for <see cref="ReplyWorkspace.SaveDraftAsync"/>.</summary>
public sealed record DraftInput(
    int BaseRevision,
    IReadOnlyList<DraftRowInput> Rows,
    string SignatoryName,
    string? SignatoryTitle,
    string? SignatoryPlace);

/// <summary>Why a draft was not saved; <see cref="DraftProblem.Row"/> is the form's row, or -1 for the whole reply.</summary>
public enum DraftProblemKind
{
    TextTwice,
    TextNotInConsultation,
    FileEmpty,
    FileTooLarge,
    FileTypeRefused,
    ReplyTooLarge,
    AdministrationStorageFull,
}

public sealed record DraftProblem(int Row, DraftProblemKind Kind)
{
    /// <summary>The problem in words (a resource key): the same sentence on the form and in the API's problem details.</summary>
    public static string Sentence(DraftProblemKind kind) => kind switch
    {
        DraftProblemKind.TextTwice => "Each text can have only one opinion: a text appears more than once in the form.",
        DraftProblemKind.TextNotInConsultation => "This text is not part of the consultation.",
        DraftProblemKind.FileTooLarge => "A file is larger than 10 MB.",
        DraftProblemKind.FileEmpty => "A file is empty (0 bytes): choose it again, or remove it.",
        DraftProblemKind.ReplyTooLarge => "The files of a reply may not exceed 25 MB in all.",
        DraftProblemKind.AdministrationStorageFull => "Your administration keeps 100 MB of files for this circular already (its versions and drafts); nothing was saved. Remove files you no longer need.",
        _ => "A file is not a PDF, Word (DOCX or DOC), OpenDocument text or plain text file. Files are checked by their content, not their name.",
    };
}
