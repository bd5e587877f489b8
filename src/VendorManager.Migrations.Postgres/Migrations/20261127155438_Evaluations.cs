using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace VendorManager.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Evaluations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "KpiSchemeId",
                table: "Contracts",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "KpiSchemes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    VersionNumber = table.Column<int>(type: "integer", nullable: false),
                    State = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    DerivedFromId = table.Column<int>(type: "integer", nullable: true),
                    CreatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    PublishedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    PublishedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    RetiredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Escalation_RecommendTerminationAfter = table.Column<int>(type: "integer", nullable: false),
                    Escalation_SuspendAfterConsecutive = table.Column<int>(type: "integer", nullable: false),
                    Escalation_TerminationWindowMonths = table.Column<int>(type: "integer", nullable: false),
                    Escalation_WarningBelow = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KpiSchemes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_KpiSchemes_KpiSchemes_DerivedFromId",
                        column: x => x.DerivedFromId,
                        principalTable: "KpiSchemes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "KpiDeductionRule",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    KpiSchemeId = table.Column<int>(type: "integer", nullable: false),
                    Category = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    PointsPerOccurrence = table.Column<int>(type: "integer", nullable: false),
                    MonthlyCap = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KpiDeductionRule", x => x.Id);
                    table.ForeignKey(
                        name: "FK_KpiDeductionRule_KpiSchemes_KpiSchemeId",
                        column: x => x.KpiSchemeId,
                        principalTable: "KpiSchemes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "KpiIndicator",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    KpiSchemeId = table.Column<int>(type: "integer", nullable: false),
                    Code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Weight = table.Column<int>(type: "integer", nullable: false),
                    Guidance = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Order = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KpiIndicator", x => x.Id);
                    table.ForeignKey(
                        name: "FK_KpiIndicator_KpiSchemes_KpiSchemeId",
                        column: x => x.KpiSchemeId,
                        principalTable: "KpiSchemes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "KpiVetoItem",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    KpiSchemeId = table.Column<int>(type: "integer", nullable: false),
                    Code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    HighestTotal = table.Column<int>(type: "integer", nullable: false),
                    Order = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KpiVetoItem", x => x.Id);
                    table.ForeignKey(
                        name: "FK_KpiVetoItem_KpiSchemes_KpiSchemeId",
                        column: x => x.KpiSchemeId,
                        principalTable: "KpiSchemes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MonthlyEvaluations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ContractId = table.Column<int>(type: "integer", nullable: false),
                    HostUnitId = table.Column<int>(type: "integer", nullable: false),
                    AgencyId = table.Column<int>(type: "integer", nullable: false),
                    Month = table.Column<DateOnly>(type: "date", nullable: false),
                    KpiSchemeId = table.Column<int>(type: "integer", nullable: false),
                    State = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    OpenedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Earned = table.Column<int>(type: "integer", nullable: false),
                    Deducted = table.Column<int>(type: "integer", nullable: false),
                    Total = table.Column<int>(type: "integer", nullable: false),
                    Vetoed = table.Column<bool>(type: "boolean", nullable: false),
                    SharePercent = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: false),
                    Remarks = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    ScoredBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    ScoredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    SubmittedById = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    SubmittedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ConfirmedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    ConfirmedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    AppealDeadline = table.Column<DateOnly>(type: "date", nullable: true),
                    AppealReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    AppealedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    AppealedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    AppealAnswer = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    AppealAccepted = table.Column<bool>(type: "boolean", nullable: true),
                    AnsweredBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    AnsweredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    FinalizedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MonthlyEvaluations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MonthlyEvaluations_Agencies_AgencyId",
                        column: x => x.AgencyId,
                        principalTable: "Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MonthlyEvaluations_Contracts_ContractId",
                        column: x => x.ContractId,
                        principalTable: "Contracts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MonthlyEvaluations_HostUnits_HostUnitId",
                        column: x => x.HostUnitId,
                        principalTable: "HostUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MonthlyEvaluations_KpiSchemes_KpiSchemeId",
                        column: x => x.KpiSchemeId,
                        principalTable: "KpiSchemes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PaymentBand",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    KpiSchemeId = table.Column<int>(type: "integer", nullable: false),
                    From = table.Column<int>(type: "integer", nullable: false),
                    To = table.Column<int>(type: "integer", nullable: false),
                    SharePercent = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PaymentBand", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PaymentBand_KpiSchemes_KpiSchemeId",
                        column: x => x.KpiSchemeId,
                        principalTable: "KpiSchemes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EvaluationDeduction",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    MonthlyEvaluationId = table.Column<int>(type: "integer", nullable: false),
                    Category = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    OccurredOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Count = table.Column<int>(type: "integer", nullable: false),
                    Description = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    EvidenceLink = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    EvidenceStoredName = table.Column<string>(type: "character varying(260)", maxLength: 260, nullable: true),
                    EvidenceContentType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    EvidenceSize = table.Column<long>(type: "bigint", nullable: true),
                    EvidenceOriginalName = table.Column<string>(type: "character varying(260)", maxLength: 260, nullable: true),
                    FindingId = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EvaluationDeduction", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EvaluationDeduction_Findings_FindingId",
                        column: x => x.FindingId,
                        principalTable: "Findings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_EvaluationDeduction_MonthlyEvaluations_MonthlyEvaluationId",
                        column: x => x.MonthlyEvaluationId,
                        principalTable: "MonthlyEvaluations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EvaluationStep",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    MonthlyEvaluationId = table.Column<int>(type: "integer", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Actor = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    From = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    To = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Action = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EvaluationStep", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EvaluationStep_MonthlyEvaluations_MonthlyEvaluationId",
                        column: x => x.MonthlyEvaluationId,
                        principalTable: "MonthlyEvaluations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "EvaluationVeto",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    MonthlyEvaluationId = table.Column<int>(type: "integer", nullable: false),
                    VetoCode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    HighestTotal = table.Column<int>(type: "integer", nullable: false),
                    OccurredOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Description = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EvaluationVeto", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EvaluationVeto_MonthlyEvaluations_MonthlyEvaluationId",
                        column: x => x.MonthlyEvaluationId,
                        principalTable: "MonthlyEvaluations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "IndicatorScore",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    MonthlyEvaluationId = table.Column<int>(type: "integer", nullable: false),
                    IndicatorCode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Points = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IndicatorScore", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IndicatorScore_MonthlyEvaluations_MonthlyEvaluationId",
                        column: x => x.MonthlyEvaluationId,
                        principalTable: "MonthlyEvaluations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Contracts_KpiSchemeId",
                table: "Contracts",
                column: "KpiSchemeId");

            migrationBuilder.CreateIndex(
                name: "IX_EvaluationDeduction_FindingId",
                table: "EvaluationDeduction",
                column: "FindingId");

            migrationBuilder.CreateIndex(
                name: "IX_EvaluationDeduction_MonthlyEvaluationId",
                table: "EvaluationDeduction",
                column: "MonthlyEvaluationId");

            migrationBuilder.CreateIndex(
                name: "IX_EvaluationStep_MonthlyEvaluationId_At",
                table: "EvaluationStep",
                columns: new[] { "MonthlyEvaluationId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_EvaluationVeto_MonthlyEvaluationId",
                table: "EvaluationVeto",
                column: "MonthlyEvaluationId");

            migrationBuilder.CreateIndex(
                name: "IX_IndicatorScore_MonthlyEvaluationId_IndicatorCode",
                table: "IndicatorScore",
                columns: new[] { "MonthlyEvaluationId", "IndicatorCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_KpiDeductionRule_KpiSchemeId_Category",
                table: "KpiDeductionRule",
                columns: new[] { "KpiSchemeId", "Category" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_KpiIndicator_KpiSchemeId_Code",
                table: "KpiIndicator",
                columns: new[] { "KpiSchemeId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_KpiSchemes_DerivedFromId",
                table: "KpiSchemes",
                column: "DerivedFromId");

            migrationBuilder.CreateIndex(
                name: "IX_KpiSchemes_Name_VersionNumber",
                table: "KpiSchemes",
                columns: new[] { "Name", "VersionNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_KpiSchemes_State",
                table: "KpiSchemes",
                column: "State");

            migrationBuilder.CreateIndex(
                name: "IX_KpiVetoItem_KpiSchemeId_Code",
                table: "KpiVetoItem",
                columns: new[] { "KpiSchemeId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MonthlyEvaluations_AgencyId_Month",
                table: "MonthlyEvaluations",
                columns: new[] { "AgencyId", "Month" });

            migrationBuilder.CreateIndex(
                name: "IX_MonthlyEvaluations_ContractId_Month",
                table: "MonthlyEvaluations",
                columns: new[] { "ContractId", "Month" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MonthlyEvaluations_HostUnitId_Month_State",
                table: "MonthlyEvaluations",
                columns: new[] { "HostUnitId", "Month", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_MonthlyEvaluations_KpiSchemeId",
                table: "MonthlyEvaluations",
                column: "KpiSchemeId");

            migrationBuilder.CreateIndex(
                name: "IX_MonthlyEvaluations_State_Month",
                table: "MonthlyEvaluations",
                columns: new[] { "State", "Month" });

            migrationBuilder.CreateIndex(
                name: "IX_PaymentBand_KpiSchemeId",
                table: "PaymentBand",
                column: "KpiSchemeId");

            migrationBuilder.AddForeignKey(
                name: "FK_Contracts_KpiSchemes_KpiSchemeId",
                table: "Contracts",
                column: "KpiSchemeId",
                principalTable: "KpiSchemes",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Contracts_KpiSchemes_KpiSchemeId",
                table: "Contracts");

            migrationBuilder.DropTable(
                name: "EvaluationDeduction");

            migrationBuilder.DropTable(
                name: "EvaluationStep");

            migrationBuilder.DropTable(
                name: "EvaluationVeto");

            migrationBuilder.DropTable(
                name: "IndicatorScore");

            migrationBuilder.DropTable(
                name: "KpiDeductionRule");

            migrationBuilder.DropTable(
                name: "KpiIndicator");

            migrationBuilder.DropTable(
                name: "KpiVetoItem");

            migrationBuilder.DropTable(
                name: "PaymentBand");

            migrationBuilder.DropTable(
                name: "MonthlyEvaluations");

            migrationBuilder.DropTable(
                name: "KpiSchemes");

            migrationBuilder.DropIndex(
                name: "IX_Contracts_KpiSchemeId",
                table: "Contracts");

            migrationBuilder.DropColumn(
                name: "KpiSchemeId",
                table: "Contracts");
        }
    }
}
