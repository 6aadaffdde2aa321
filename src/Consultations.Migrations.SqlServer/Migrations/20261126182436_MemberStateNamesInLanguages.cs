using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Consultations.Migrations.SqlServer.Migrations
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
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Language = table.Column<string>(type: "nvarchar(8)", maxLength: 8, nullable: false),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    MemberStateCode = table.Column<string>(type: "nchar(3)", nullable: false)
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
