using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace VendorManager.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class SettlementAdjustmentProposal : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ProposalDecidedBy",
                table: "Settlements",
                type: "character varying(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ProposalDismissalReason",
                table: "Settlements",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ProposalReason",
                table: "Settlements",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ProposalStatus",
                table: "Settlements",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<long>(
                name: "ProposedAdjustmentFen",
                table: "Settlements",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ProposedAt",
                table: "Settlements",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ProposedForFinalizedAt",
                table: "Settlements",
                type: "timestamp with time zone",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ProposalDecidedBy",
                table: "Settlements");

            migrationBuilder.DropColumn(
                name: "ProposalDismissalReason",
                table: "Settlements");

            migrationBuilder.DropColumn(
                name: "ProposalReason",
                table: "Settlements");

            migrationBuilder.DropColumn(
                name: "ProposalStatus",
                table: "Settlements");

            migrationBuilder.DropColumn(
                name: "ProposedAdjustmentFen",
                table: "Settlements");

            migrationBuilder.DropColumn(
                name: "ProposedAt",
                table: "Settlements");

            migrationBuilder.DropColumn(
                name: "ProposedForFinalizedAt",
                table: "Settlements");
        }
    }
}
