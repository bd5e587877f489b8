using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace VendorManager.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class SelfInspections : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SelfInspectionCampaigns",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PeriodFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    OpenedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    OpenedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ClosedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SelfInspectionCampaigns", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SelfInspectionReports",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CampaignId = table.Column<int>(type: "INTEGER", nullable: false),
                    HostUnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    SignedScanStoredName = table.Column<string>(type: "TEXT", maxLength: 260, nullable: true),
                    SignedScanContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    SignedScanSize = table.Column<long>(type: "INTEGER", nullable: true),
                    SignedScanOriginalName = table.Column<string>(type: "TEXT", maxLength: 260, nullable: true),
                    SubmittedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    SubmittedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ReviewedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ReviewedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ReturnReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ReturnCount = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SelfInspectionReports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SelfInspectionReports_HostUnits_HostUnitId",
                        column: x => x.HostUnitId,
                        principalTable: "HostUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SelfInspectionReports_SelfInspectionCampaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "SelfInspectionCampaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SelfInspectionLines",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Category = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Found = table.Column<int>(type: "INTEGER", nullable: false),
                    Fixed = table.Column<int>(type: "INTEGER", nullable: false),
                    InProgress = table.Column<int>(type: "INTEGER", nullable: false),
                    Measures = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    SelfInspectionReportId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SelfInspectionLines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SelfInspectionLines_SelfInspectionReports_SelfInspectionReportId",
                        column: x => x.SelfInspectionReportId,
                        principalTable: "SelfInspectionReports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SelfInspectionLines_SelfInspectionReportId",
                table: "SelfInspectionLines",
                column: "SelfInspectionReportId");

            migrationBuilder.CreateIndex(
                name: "IX_SelfInspectionReports_CampaignId_HostUnitId",
                table: "SelfInspectionReports",
                columns: new[] { "CampaignId", "HostUnitId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SelfInspectionReports_HostUnitId_Status",
                table: "SelfInspectionReports",
                columns: new[] { "HostUnitId", "Status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SelfInspectionLines");

            migrationBuilder.DropTable(
                name: "SelfInspectionReports");

            migrationBuilder.DropTable(
                name: "SelfInspectionCampaigns");
        }
    }
}
