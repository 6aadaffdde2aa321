using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Consultations.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class Hardening : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_OutboxMessages_State_NextAttemptAtUtc",
                table: "OutboxMessages");

            migrationBuilder.AddColumn<int>(
                name: "Priority",
                table: "OutboxMessages",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Year",
                table: "Circulars",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<long>(
                name: "LastAuthenticatorTimeStep",
                table: "AspNetUsers",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            // Rows written before these columns: the year series from the circular's date, the priority from the cause
            // (OutboxPriority). Two circulars of one number and year must be renumbered before this migration runs.
            migrationBuilder.Sql("UPDATE [Circulars] SET [Year] = YEAR([Date]);");
            migrationBuilder.Sql("UPDATE [OutboxMessages] SET [Priority] = 10 WHERE [Cause] NOT IN ('Reply.Receipt', 'Account.Invitation', 'Account.PasswordReset');");

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_State_Priority_NextAttemptAtUtc",
                table: "OutboxMessages",
                columns: new[] { "State", "Priority", "NextAttemptAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Circulars_Year_Number",
                table: "Circulars",
                columns: new[] { "Year", "Number" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_OutboxMessages_State_Priority_NextAttemptAtUtc",
                table: "OutboxMessages");

            migrationBuilder.DropIndex(
                name: "IX_Circulars_Year_Number",
                table: "Circulars");

            migrationBuilder.DropColumn(
                name: "Priority",
                table: "OutboxMessages");

            migrationBuilder.DropColumn(
                name: "Year",
                table: "Circulars");

            migrationBuilder.DropColumn(
                name: "LastAuthenticatorTimeStep",
                table: "AspNetUsers");

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_State_NextAttemptAtUtc",
                table: "OutboxMessages",
                columns: new[] { "State", "NextAttemptAtUtc" });
        }
    }
}
