using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace VendorManager.Migrations.Sqlite.Migrations
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
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ProposalDismissalReason",
                table: "Settlements",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ProposalReason",
                table: "Settlements",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ProposalStatus",
                table: "Settlements",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<long>(
                name: "ProposedAdjustmentFen",
                table: "Settlements",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "ProposedAt",
                table: "Settlements",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "ProposedForFinalizedAt",
                table: "Settlements",
                type: "INTEGER",
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
