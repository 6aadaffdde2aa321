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

public sealed record DraftProblem(int Row, DraftProblemKind Kind);
