using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace VendorManager.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Staff : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "StaffMembers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AgencyId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Post = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    LeftOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    MaskedIdNumber = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    MaskedMobile = table.Column<string>(type: "TEXT", maxLength: 11, nullable: false),
                    IdNumberCiphertext = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    IdNumberLookup = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    MobileCiphertext = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    PersonalInformationErasedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    PurposeAcknowledgedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    PurposeAcknowledgedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    PurposeNoticeVersion = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StaffMembers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StaffMembers_Agencies_AgencyId",
                        column: x => x.AgencyId,
                        principalTable: "Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "BackgroundChecks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    StaffMemberId = table.Column<int>(type: "INTEGER", nullable: false),
                    AgencyId = table.Column<int>(type: "INTEGER", nullable: false),
                    RequestedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RequestedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Result = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    CheckedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Authority = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ReferenceNumber = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ValidUntil = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Remark = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BackgroundChecks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BackgroundChecks_Agencies_AgencyId",
                        column: x => x.AgencyId,
                        principalTable: "Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_BackgroundChecks_StaffMembers_StaffMemberId",
                        column: x => x.StaffMemberId,
                        principalTable: "StaffMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PersonalDataReveals",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    StaffMemberId = table.Column<int>(type: "INTEGER", nullable: false),
                    Field = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    RevealedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RevealedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PersonalDataReveals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PersonalDataReveals_StaffMembers_StaffMemberId",
                        column: x => x.StaffMemberId,
                        principalTable: "StaffMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_BackgroundChecks_AgencyId",
                table: "BackgroundChecks",
                column: "AgencyId");

            migrationBuilder.CreateIndex(
                name: "IX_BackgroundChecks_Result_RequestedAt",
                table: "BackgroundChecks",
                columns: new[] { "Result", "RequestedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_BackgroundChecks_StaffMemberId",
                table: "BackgroundChecks",
                column: "StaffMemberId");

            migrationBuilder.CreateIndex(
                name: "IX_PersonalDataReveals_StaffMemberId_RevealedAt",
                table: "PersonalDataReveals",
                columns: new[] { "StaffMemberId", "RevealedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_StaffMembers_AgencyId_Name",
                table: "StaffMembers",
                columns: new[] { "AgencyId", "Name" });

            migrationBuilder.CreateIndex(
                name: "IX_StaffMembers_IdNumberLookup",
                table: "StaffMembers",
                column: "IdNumberLookup",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BackgroundChecks");

            migrationBuilder.DropTable(
                name: "PersonalDataReveals");

            migrationBuilder.DropTable(
                name: "StaffMembers");
        }
    }
}
