using Consultations.Domain.Circulars;

namespace Consultations.Web.Features.Shared;

/// <summary>How kinds of things are named to people (localization keys).</summary>
public static class AmendmentNames
{
    public static string Label(AmendmentKind kind) => kind switch
    {
        AmendmentKind.DeadlineExtended => "Deadline extended",
        AmendmentKind.TextWithdrawn => "Text withdrawn",
        AmendmentKind.MeetingChanged => "Meeting changed",
        AmendmentKind.Cancelled => "Circular cancelled",
        _ => "Correction",
    };

    public static string Label(DraftTextKind kind) => kind switch
    {
        DraftTextKind.Revised => "Draft revised Recommendation",
        DraftTextKind.Amendment => "Draft amendment",
        _ => "Draft new Recommendation",
    };

    public static string Label(CircularStatus status) => status switch
    {
        CircularStatus.Draft => "Draft",
        CircularStatus.Published => "Open for replies",
        CircularStatus.Closed => "Closed",
        CircularStatus.Cancelled => "Cancelled",
        _ => "Decided",
    };

    public static string Label(NoteKind kind) => kind switch
    {
        NoteKind.A5Justification => "A.5 justification",
        NoteKind.Ipr => "IPR",
        _ => "Note",
    };
}
