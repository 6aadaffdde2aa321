using Consultations.Domain.Circulars;
using Consultations.Domain.Membership;
using Consultations.Domain.Replies;

namespace Consultations.Domain.Tests;

/// <summary>Circulars and replies shaped like the real sample circulars (Demo/Circulars).</summary>
internal static class Builders
{
    public static readonly DateOnly Circular104Date = new(2026, 2, 13);

    public static Circular Circular104(int textCount = 3)
    {
        var circular = new Circular(new CircularDetails(
            Number: 104,
            Date: Circular104Date,
            Reference: "SG17/XY",
            StudyGroup: 17,
            Addressees: "Administrations of Member States of the Union",
            Meeting: new Meeting("Geneva", new DateOnly(2026, 6, 1), new DateOnly(2026, 6, 10)),
            DeadlineDate: new DateOnly(2026, 5, 20),
            Notes: [],
            Languages: ["en"]));
        for (var i = 0; i < textCount; i++)
        {
            circular.AddText(new DraftTextDetails(i == 0 ? DraftTextKind.Revised : DraftTextKind.New, $"X.{1280 + i}", $"Title {i + 1}"));
        }

        return circular;
    }

    public static Circular Published104(int textCount = 3)
    {
        var circular = Circular104(textCount);
        circular.Publish(new DateTime(2026, 2, 13, 9, 0, 0, DateTimeKind.Utc), "tsb");
        return circular;
    }

    public static MemberState France => new("FRA", "France");

    public static MemberState Palau => new("PLW", "Palau", new DateOnly(2024, 9, 19));

    public static MemberState Palestine => new("PSE", "State of Palestine", isObserver: true);

    public static Signatory Signatory => new("Jeanne Martin", "Head of Standards", "Paris", new DateOnly(2026, 5, 1));

    public static ReplySubmission Online(params TextOpinion[] opinions) =>
        new(opinions, [], Signatory, ReplyChannel.Online, "user-1", "Jeanne Martin");

    public static ReplySubmission Recorded(ReplyChannel channel, DateTime receivedAtUtc, params TextOpinion[] opinions) =>
        new(opinions, [], Signatory, channel, "tsb-1", "TSB clerk", receivedAtUtc);

    public static DateTime Utc(int year, int month, int day, int hour = 12, int minute = 0) =>
        new(year, month, day, hour, minute, 0, DateTimeKind.Utc);
}
