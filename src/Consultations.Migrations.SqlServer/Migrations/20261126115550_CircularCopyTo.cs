using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Consultations.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class CircularCopyTo : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "CopyTo",
                table: "Circulars",
                type: "nvarchar(2000)",
                maxLength: 2000,
                nullable: false,
                defaultValue: "");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "CopyTo",
                table: "Circulars");
        }
    }
}
