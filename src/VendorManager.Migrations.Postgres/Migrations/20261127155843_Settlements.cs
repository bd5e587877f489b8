using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace VendorManager.Migrations.Postgres.Migrations
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ContractId = table.Column<int>(type: "integer", nullable: false),
                    HostUnitId = table.Column<int>(type: "integer", nullable: false),
                    AgencyId = table.Column<int>(type: "integer", nullable: false),
                    Month = table.Column<DateOnly>(type: "date", nullable: false),
                    EvaluationId = table.Column<int>(type: "integer", nullable: false),
                    EvaluationFinalizedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    MonthlyFee = table.Column<long>(type: "bigint", nullable: false),
                    PaidDays = table.Column<int>(type: "integer", nullable: false),
                    DaysInMonth = table.Column<int>(type: "integer", nullable: false),
                    BaseFen = table.Column<long>(type: "bigint", nullable: false),
                    Score = table.Column<int>(type: "integer", nullable: false),
                    Band = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    SharePercent = table.Column<int>(type: "integer", nullable: false),
                    PayableFen = table.Column<long>(type: "bigint", nullable: false),
                    WithheldFen = table.Column<long>(type: "bigint", nullable: false),
                    Status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    CalculatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CalculatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    HoldReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    WaiverReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    UnapprovalReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    ApprovedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ApprovedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    InvoiceNumber = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    PaidOn = table.Column<DateOnly>(type: "date", nullable: true),
                    VoucherNumber = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    PaidRecordedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    DecidedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SettlementId = table.Column<int>(type: "integer", nullable: false),
                    HostUnitId = table.Column<int>(type: "integer", nullable: false),
                    AgencyId = table.Column<int>(type: "integer", nullable: false),
                    AmountFen = table.Column<long>(type: "bigint", nullable: false),
                    Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
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
