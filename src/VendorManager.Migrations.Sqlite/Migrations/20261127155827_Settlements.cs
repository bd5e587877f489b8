using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace VendorManager.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Settlements : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Settlements",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ContractId = table.Column<int>(type: "INTEGER", nullable: false),
                    HostUnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    AgencyId = table.Column<int>(type: "INTEGER", nullable: false),
                    Month = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EvaluationId = table.Column<int>(type: "INTEGER", nullable: false),
                    EvaluationFinalizedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    MonthlyFee = table.Column<long>(type: "INTEGER", nullable: false),
                    PaidDays = table.Column<int>(type: "INTEGER", nullable: false),
                    DaysInMonth = table.Column<int>(type: "INTEGER", nullable: false),
                    BaseFen = table.Column<long>(type: "INTEGER", nullable: false),
                    Score = table.Column<int>(type: "INTEGER", nullable: false),
                    Band = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    SharePercent = table.Column<int>(type: "INTEGER", nullable: false),
                    PayableFen = table.Column<long>(type: "INTEGER", nullable: false),
                    WithheldFen = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    CalculatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CalculatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    HoldReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    WaiverReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    UnapprovalReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ApprovedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ApprovedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    InvoiceNumber = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    PaidOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    VoucherNumber = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    PaidRecordedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Settlements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Settlements_Agencies_AgencyId",
                        column: x => x.AgencyId,
                        principalTable: "Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Settlements_Contracts_ContractId",
                        column: x => x.ContractId,
                        principalTable: "Contracts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Settlements_HostUnits_HostUnitId",
                        column: x => x.HostUnitId,
                        principalTable: "HostUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Settlements_MonthlyEvaluations_EvaluationId",
                        column: x => x.EvaluationId,
                        principalTable: "MonthlyEvaluations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SettlementAdjustments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SettlementId = table.Column<int>(type: "INTEGER", nullable: false),
                    HostUnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    AgencyId = table.Column<int>(type: "INTEGER", nullable: false),
                    AmountFen = table.Column<long>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SettlementAdjustments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SettlementAdjustments_Settlements_SettlementId",
                        column: x => x.SettlementId,
                        principalTable: "Settlements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SettlementAdjustments_SettlementId",
                table: "SettlementAdjustments",
                column: "SettlementId");

            migrationBuilder.CreateIndex(
                name: "IX_Settlements_AgencyId_Month",
                table: "Settlements",
                columns: new[] { "AgencyId", "Month" });

            migrationBuilder.CreateIndex(
                name: "IX_Settlements_ContractId_Month",
                table: "Settlements",
                columns: new[] { "ContractId", "Month" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Settlements_EvaluationId",
                table: "Settlements",
                column: "EvaluationId");

            migrationBuilder.CreateIndex(
                name: "IX_Settlements_HostUnitId",
                table: "Settlements",
                column: "HostUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_Settlements_Month_HostUnitId",
                table: "Settlements",
                columns: new[] { "Month", "HostUnitId" });

            migrationBuilder.CreateIndex(
                name: "IX_Settlements_Status_DueOn",
                table: "Settlements",
                columns: new[] { "Status", "DueOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SettlementAdjustments");

            migrationBuilder.DropTable(
                name: "Settlements");
        }
    }
}
