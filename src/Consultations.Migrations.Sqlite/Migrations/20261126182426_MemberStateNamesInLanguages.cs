using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Consultations.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class MemberStateNamesInLanguages : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "MemberStateNames",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Language = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    MemberStateCode = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MemberStateNames", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MemberStateNames_MemberStates_MemberStateCode",
                        column: x => x.MemberStateCode,
                        principalTable: "MemberStates",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_MemberStateNames_MemberStateCode",
                table: "MemberStateNames",
                column: "MemberStateCode");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "MemberStateNames");
        }
    }
}
