using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Consultations.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class KindsStoredByName : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "Kind",
                table: "DraftTexts",
                type: "TEXT",
                maxLength: 30,
                nullable: false,
                oldClrType: typeof(int),
                oldType: "INTEGER");

            migrationBuilder.AlterColumn<string>(
                name: "Kind",
                table: "CircularNotes",
                type: "TEXT",
                maxLength: 30,
                nullable: false,
                oldClrType: typeof(int),
                oldType: "INTEGER");

            // The kinds were stored as the enum's integers: they become the names the code reads (and any later code can).
            migrationBuilder.Sql("UPDATE DraftTexts SET Kind = CASE Kind WHEN '0' THEN 'New' WHEN '1' THEN 'Revised' WHEN '2' THEN 'Amendment' ELSE Kind END;");
            migrationBuilder.Sql("UPDATE CircularNotes SET Kind = CASE Kind WHEN '0' THEN 'A5Justification' WHEN '1' THEN 'Ipr' WHEN '2' THEN 'Other' ELSE Kind END;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("UPDATE DraftTexts SET Kind = CASE Kind WHEN 'New' THEN '0' WHEN 'Revised' THEN '1' WHEN 'Amendment' THEN '2' ELSE Kind END;");
            migrationBuilder.Sql("UPDATE CircularNotes SET Kind = CASE Kind WHEN 'A5Justification' THEN '0' WHEN 'Ipr' THEN '1' WHEN 'Other' THEN '2' ELSE Kind END;");

            migrationBuilder.AlterColumn<int>(
                name: "Kind",
                table: "DraftTexts",
                type: "INTEGER",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 30);

            migrationBuilder.AlterColumn<int>(
                name: "Kind",
                table: "CircularNotes",
                type: "INTEGER",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 30);
        }
    }
}
