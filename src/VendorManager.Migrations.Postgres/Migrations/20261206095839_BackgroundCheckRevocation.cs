using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace VendorManager.Migrations.Postgres.Migrations
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
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "RevokedAt",
                table: "BackgroundChecks",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RevokedBy",
                table: "BackgroundChecks",
                type: "character varying(256)",
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
