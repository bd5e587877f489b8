using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace VendorManager.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class BackgroundCheckRevocation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "RevocationReason",
                table: "BackgroundChecks",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "RevokedAt",
                table: "BackgroundChecks",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RevokedBy",
                table: "BackgroundChecks",
                type: "TEXT",
                maxLength: 256,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "RevocationReason",
                table: "BackgroundChecks");

            migrationBuilder.DropColumn(
                name: "RevokedAt",
                table: "BackgroundChecks");

            migrationBuilder.DropColumn(
                name: "RevokedBy",
                table: "BackgroundChecks");
        }
    }
}
