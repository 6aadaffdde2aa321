using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Consultations.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class MemberStateRevision : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Revision",
                table: "MemberStates",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Revision",
                table: "MemberStates");
        }
    }
}
