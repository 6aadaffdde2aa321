using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Consultations.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class MeetingDecisionsAndCancellation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "CancelledAtUtc",
                table: "Circulars",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "IsCancelled",
                table: "Circulars",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "FormalOppositions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MemberStateCode = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    Reasons = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    CircularId = table.Column<int>(type: "INTEGER", nullable: false),
                    DraftTextId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FormalOppositions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FormalOppositions_DraftTexts_CircularId_DraftTextId",
                        columns: x => new { x.CircularId, x.DraftTextId },
                        principalTable: "DraftTexts",
                        principalColumns: new[] { "CircularId", "Id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MeetingDecisions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    OppositionPeriodEnd = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    RecordedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    CircularId = table.Column<int>(type: "INTEGER", nullable: false),
                    DraftTextId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeetingDecisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MeetingDecisions_DraftTexts_CircularId_DraftTextId",
                        columns: x => new { x.CircularId, x.DraftTextId },
                        principalTable: "DraftTexts",
                        principalColumns: new[] { "CircularId", "Id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MeetingDecisionStatements",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Role = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    MemberStateCode = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    MeetingDecisionId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeetingDecisionStatements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MeetingDecisionStatements_MeetingDecisions_MeetingDecisionId",
                        column: x => x.MeetingDecisionId,
                        principalTable: "MeetingDecisions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_FormalOppositions_CircularId_DraftTextId",
                table: "FormalOppositions",
                columns: new[] { "CircularId", "DraftTextId" });

            migrationBuilder.CreateIndex(
                name: "IX_MeetingDecisions_CircularId_DraftTextId_Sequence",
                table: "MeetingDecisions",
                columns: new[] { "CircularId", "DraftTextId", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MeetingDecisionStatements_MeetingDecisionId",
                table: "MeetingDecisionStatements",
                column: "MeetingDecisionId");

            // The single outcome of each text becomes the first entry of its history; its reservations and oppositions follow it.
            migrationBuilder.Sql(
                "INSERT INTO MeetingDecisions (Sequence, Kind, OppositionPeriodEnd, Reason, RecordedAtUtc, RecordedBy, CircularId, DraftTextId) " +
                "SELECT 1, OutcomeKind, OutcomeOppositionPeriodEnd, NULL, OutcomeRecordedAtUtc, OutcomeRecordedBy, CircularId, Id FROM DraftTexts WHERE OutcomeKind IS NOT NULL;");
            migrationBuilder.Sql(
                "INSERT INTO MeetingDecisionStatements (Role, MemberStateCode, \"Text\", MeetingDecisionId) " +
                "SELECT 'Reservation', r.MemberStateCode, r.\"Text\", d.Id FROM OutcomeReservations r " +
                "JOIN MeetingDecisions d ON d.CircularId = r.PlenaryOutcomeDraftTextCircularId AND d.DraftTextId = r.PlenaryOutcomeDraftTextId;");
            migrationBuilder.Sql(
                "INSERT INTO FormalOppositions (MemberStateCode, Reasons, ReceivedOn, RecordedAtUtc, RecordedBy, CircularId, DraftTextId) " +
                "SELECT o.MemberStateCode, o.\"Text\", o.\"Date\", d.RecordedAtUtc, d.RecordedBy, o.PlenaryOutcomeDraftTextCircularId, o.PlenaryOutcomeDraftTextId FROM OutcomeOppositions o " +
                "JOIN MeetingDecisions d ON d.CircularId = o.PlenaryOutcomeDraftTextCircularId AND d.DraftTextId = o.PlenaryOutcomeDraftTextId;");

            migrationBuilder.DropTable(
                name: "OutcomeOppositions");

            migrationBuilder.DropTable(
                name: "OutcomeReservations");

            migrationBuilder.DropColumn(
                name: "OutcomeKind",
                table: "DraftTexts");

            migrationBuilder.DropColumn(
                name: "OutcomeRecordedBy",
                table: "DraftTexts");

            migrationBuilder.DropColumn(
                name: "OutcomeRecordedAtUtc",
                table: "DraftTexts");

            migrationBuilder.DropColumn(
                name: "OutcomeOppositionPeriodEnd",
                table: "DraftTexts");

            migrationBuilder.AddColumn<int>(
                name: "NotificationCircularNumber",
                table: "DraftTexts",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "NotificationDate",
                table: "DraftTexts",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "NotificationRecordedAtUtc",
                table: "DraftTexts",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NotificationRecordedBy",
                table: "DraftTexts",
                type: "TEXT",
                maxLength: 256,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "FormalOppositions");

            migrationBuilder.DropTable(
                name: "MeetingDecisionStatements");

            migrationBuilder.DropTable(
                name: "MeetingDecisions");

            migrationBuilder.DropColumn(
                name: "NotificationCircularNumber",
                table: "DraftTexts");

            migrationBuilder.DropColumn(
                name: "CancelledAtUtc",
                table: "Circulars");

            migrationBuilder.DropColumn(
                name: "IsCancelled",
                table: "Circulars");

            migrationBuilder.RenameColumn(
                name: "NotificationRecordedBy",
                table: "DraftTexts",
                newName: "OutcomeRecordedBy");

            migrationBuilder.RenameColumn(
                name: "NotificationRecordedAtUtc",
                table: "DraftTexts",
                newName: "OutcomeRecordedAtUtc");

            migrationBuilder.RenameColumn(
                name: "NotificationDate",
                table: "DraftTexts",
                newName: "OutcomeOppositionPeriodEnd");

            migrationBuilder.AddColumn<string>(
                name: "OutcomeKind",
                table: "DraftTexts",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "OutcomeOppositions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    MemberStateCode = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    PlenaryOutcomeDraftTextCircularId = table.Column<int>(type: "INTEGER", nullable: false),
                    PlenaryOutcomeDraftTextId = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutcomeOppositions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OutcomeOppositions_DraftTexts_PlenaryOutcomeDraftTextCircularId_PlenaryOutcomeDraftTextId",
                        columns: x => new { x.PlenaryOutcomeDraftTextCircularId, x.PlenaryOutcomeDraftTextId },
                        principalTable: "DraftTexts",
                        principalColumns: new[] { "CircularId", "Id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OutcomeReservations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    MemberStateCode = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    PlenaryOutcomeDraftTextCircularId = table.Column<int>(type: "INTEGER", nullable: false),
                    PlenaryOutcomeDraftTextId = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutcomeReservations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OutcomeReservations_DraftTexts_PlenaryOutcomeDraftTextCircularId_PlenaryOutcomeDraftTextId",
                        columns: x => new { x.PlenaryOutcomeDraftTextCircularId, x.PlenaryOutcomeDraftTextId },
                        principalTable: "DraftTexts",
                        principalColumns: new[] { "CircularId", "Id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_OutcomeOppositions_PlenaryOutcomeDraftTextCircularId_PlenaryOutcomeDraftTextId",
                table: "OutcomeOppositions",
                columns: new[] { "PlenaryOutcomeDraftTextCircularId", "PlenaryOutcomeDraftTextId" });

            migrationBuilder.CreateIndex(
                name: "IX_OutcomeReservations_PlenaryOutcomeDraftTextCircularId_PlenaryOutcomeDraftTextId",
                table: "OutcomeReservations",
                columns: new[] { "PlenaryOutcomeDraftTextCircularId", "PlenaryOutcomeDraftTextId" });
        }
    }
}
