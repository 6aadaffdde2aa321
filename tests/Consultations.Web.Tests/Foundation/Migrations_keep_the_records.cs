using Consultations.Domain.Circulars;
using Consultations.Infrastructure.Email;
using Consultations.Infrastructure.Persistence;
using Consultations.Infrastructure.Tally;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Consultations.Web.Tests.Foundation;

/// <summary>A database written by the first version keeps its outcomes, final tallies and notices through every later migration.</summary>
public class Migrations_keep_the_records
{
    private const string FirstVersionTally = """{"ComputedAtUtc":"2026-05-21T00:01:00Z","Status":1,"EligibleMemberStates":2,"RepliesCounted":1,"NotReplied":["DEU"],"LateReplies":[],"ObserverReplies":[],"Texts":[{"TextId":1,"SupportingNoComments":1,"SupportingWithComments":0,"NotSupporting":0,"NoOpinion":0,"NotReplied":1,"Late":0,"ObserverReplies":0,"Supporting":1,"Counted":1,"ConsiderationAuthorized":true,"SupportPercentage":100.0,"Margin":{"Kind":0,"Count":1}}]}""";

    [Fact]
    public async Task An_outcome_with_reservations_and_oppositions_a_final_tally_and_a_notice_survive_the_migrations()
    {
        var file = Path.Combine(Path.GetTempPath(), $"consultations-upgrade-{Guid.NewGuid():N}.db");
        try
        {
            var options = new DbContextOptionsBuilder<AppDbContext>();
            DatabaseSetup.Configure(options, DatabaseProvider.Sqlite, $"Data Source={file}");
            await using (var db = new AppDbContext(options.Options))
            {
                var migrator = db.GetService<IMigrator>();
                await migrator.MigrateAsync(db.Database.GetMigrations().First());
                await db.Database.ExecuteSqlRawAsync("""
                    INSERT INTO Circulars (Id, Number, Date, Reference, StudyGroup, Addressees, DeadlineDate, Languages, PublishedAtUtc, PublishedBy, IsDemo, ResultsArePublic, MeetingFirstDay, MeetingLastDay, MeetingPlace)
                    VALUES (1, 104, '2026-02-13', 'SG17/XY', 17, 'Administrations', '2026-05-20', 'en', '2026-02-13 09:00:00', 'tsb', 0, 0, '2026-06-01', '2026-06-10', 'Geneva');
                    INSERT INTO DraftTexts (Id, CircularId, Position, Kind, Recommendation, Title, IsWithdrawn, OutcomeKind, OutcomeOppositionPeriodEnd, OutcomeRecordedAtUtc, OutcomeRecordedBy)
                    VALUES (1, 1, 1, 0, 'X.1280', 'Reserved', 0, 'ApprovedWithReservations', NULL, '2026-06-05 10:00:00', 'sec'),
                           (2, 1, 2, 1, 'X.1281', 'Given more time', 0, 'MoreTimeRequested', '2026-07-08', '2026-06-05 11:00:00', 'sec'),
                           (3, 1, 3, 2, 'X.1282', 'Undecided', 0, NULL, NULL, NULL, NULL);
                    INSERT INTO CircularNotes (Kind, Text, Recommendation, CircularId) VALUES (0, 'No A.5 justification.', NULL, 1), (1, 'No IPR statement.', NULL, 1), (2, 'Note on one text.', 'X.1282', 1);
                    INSERT INTO OutcomeReservations (MemberStateCode, Text, Date, PlenaryOutcomeDraftTextCircularId, PlenaryOutcomeDraftTextId) VALUES ('FRA', 'Clause 7', '2026-06-05', 1, 1);
                    INSERT INTO OutcomeOppositions (MemberStateCode, Text, Date, PlenaryOutcomeDraftTextCircularId, PlenaryOutcomeDraftTextId) VALUES ('DEU', 'Conflicts with X.509', '2026-06-20', 1, 2);
                    INSERT INTO TallySnapshots (CircularId, TakenAtUtc, Reason, Content, Digest) VALUES (1, '2026-05-21 00:01:00', 'Final tally, first read after the deadline', {0}, {1});
                    INSERT INTO ConsultationNotices (CircularId, Kind, OffsetDays, SentAtUtc, Recipients) VALUES (1, 'DeadlinePassed', 0, '2026-05-21 00:01:00', 3);
                    """,
                    FirstVersionTally,
                    FinalTallyRecord.DigestOf(FirstVersionTally));

                await db.Database.MigrateAsync();
            }

            await using (var db = new AppDbContext(options.Options))
            {
                var circular = await db.Circulars.SingleAsync();
                var reserved = circular.Texts.Single(t => t.Id == 1);
                var moreTime = circular.Texts.Single(t => t.Id == 2);
                Assert.Equal(OutcomeKind.ApprovedWithReservations, reserved.Decision!.Kind);
                Assert.Equal(("FRA", "Clause 7"), (reserved.Decision.Reservations.Single().MemberStateCode, reserved.Decision.Reservations.Single().Text));
                Assert.Equal(new DateOnly(2026, 7, 8), moreTime.Decision!.OppositionPeriodEnd);
                Assert.Equal(("DEU", "Conflicts with X.509", new DateOnly(2026, 6, 20)), (moreTime.Oppositions.Single().MemberStateCode, moreTime.Oppositions.Single().Reasons, moreTime.Oppositions.Single().ReceivedOn));
                Assert.Equal(EffectiveOutcome.NotApproved, moreTime.EffectiveOn(new DateOnly(2026, 7, 9)));
                Assert.Null(circular.Texts.Single(t => t.Id == 3).Decision);
                Assert.All(circular.Texts, t => Assert.Null(t.Notification));
                // Kinds first stored as the enum's integers are stored by name after the migrations.
                Assert.Equal([DraftTextKind.New, DraftTextKind.Revised, DraftTextKind.Amendment], circular.Texts.OrderBy(t => t.Id).Select(t => t.Kind));
                Assert.Equal([NoteKind.A5Justification, NoteKind.Ipr, NoteKind.Other], circular.Notes.Select(n => n.Kind));
                Assert.Equal(["Amendment", "New", "Revised"], await db.Database.SqlQueryRaw<string>("SELECT Kind AS Value FROM DraftTexts ORDER BY Kind").ToListAsync());
                Assert.Equal(["A5Justification", "Ipr", "Other"], await db.Database.SqlQueryRaw<string>("SELECT Kind AS Value FROM CircularNotes ORDER BY Kind").ToListAsync());

                var snapshot = await db.TallySnapshots.SingleAsync();
                Assert.Equal((new DateOnly(2026, 5, 20), 1, 0), (snapshot.DeadlineDate, snapshot.Sequence, snapshot.FormatVersion));
                var read = StoredFinalTally.Read(snapshot);
                Assert.True(read.Verified);
                Assert.Equal(1, read.Tally.For(1).Supporting);
                Assert.Equal(new DateOnly(2026, 5, 20), (await db.ConsultationNotices.SingleAsync(n => n.Kind == ConsultationNotice.DeadlinePassed)).DeadlineDate);
            }
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(file);
        }
    }
}
