using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Consultations.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class FinalTallyPerDeadline : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_TallySnapshots_CircularId_TakenAtUtc",
                table: "TallySnapshots");

            migrationBuilder.DropIndex(
                name: "IX_ConsultationNotices_CircularId_Kind_OffsetDays",
                table: "ConsultationNotices");

            migrationBuilder.AddColumn<DateOnly>(
                name: "DeadlineDate",
                table: "TallySnapshots",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            migrationBuilder.AddColumn<int>(
                name: "FormatVersion",
                table: "TallySnapshots",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Sequence",
                table: "TallySnapshots",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "RenderKey",
                table: "OutboxAttachments",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RenderKind",
                table: "OutboxAttachments",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "DeadlineDate",
                table: "ConsultationNotices",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            // Records written before: each belongs to its circular's deadline of today, in the order they were taken.
            migrationBuilder.Sql(
                "UPDATE TallySnapshots SET DeadlineDate = (SELECT c.DeadlineDate FROM Circulars c WHERE c.Id = TallySnapshots.CircularId);");
            migrationBuilder.Sql(
                "UPDATE TallySnapshots SET Sequence = (SELECT COUNT(*) FROM TallySnapshots earlier WHERE earlier.CircularId = TallySnapshots.CircularId AND earlier.Id <= TallySnapshots.Id);");
            migrationBuilder.Sql(
                "UPDATE ConsultationNotices SET DeadlineDate = (SELECT c.DeadlineDate FROM Circulars c WHERE c.Id = ConsultationNotices.CircularId);");

            migrationBuilder.CreateIndex(
                name: "IX_TallySnapshots_CircularId_DeadlineDate_Sequence",
                table: "TallySnapshots",
                columns: new[] { "CircularId", "DeadlineDate", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ConsultationNotices_CircularId_DeadlineDate_Kind_OffsetDays",
                table: "ConsultationNotices",
                columns: new[] { "CircularId", "DeadlineDate", "Kind", "OffsetDays" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_TallySnapshots_CircularId_DeadlineDate_Sequence",
                table: "TallySnapshots");

            migrationBuilder.DropIndex(
                name: "IX_ConsultationNotices_CircularId_DeadlineDate_Kind_OffsetDays",
                table: "ConsultationNotices");

            migrationBuilder.DropColumn(
                name: "DeadlineDate",
                table: "TallySnapshots");

            migrationBuilder.DropColumn(
                name: "FormatVersion",
                table: "TallySnapshots");

            migrationBuilder.DropColumn(
                name: "Sequence",
                table: "TallySnapshots");

            migrationBuilder.DropColumn(
                name: "RenderKey",
                table: "OutboxAttachments");

            migrationBuilder.DropColumn(
                name: "RenderKind",
                table: "OutboxAttachments");

            migrationBuilder.DropColumn(
                name: "DeadlineDate",
                table: "ConsultationNotices");

            migrationBuilder.CreateIndex(
                name: "IX_TallySnapshots_CircularId_TakenAtUtc",
                table: "TallySnapshots",
                columns: new[] { "CircularId", "TakenAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_ConsultationNotices_CircularId_Kind_OffsetDays",
                table: "ConsultationNotices",
                columns: new[] { "CircularId", "Kind", "OffsetDays" },
                unique: true);
        }
    }
}
