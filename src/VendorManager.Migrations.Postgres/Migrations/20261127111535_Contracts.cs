using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace VendorManager.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Contracts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Contracts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Number = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    HostUnitId = table.Column<int>(type: "integer", nullable: false),
                    AgencyId = table.Column<int>(type: "integer", nullable: false),
                    ProcurementMethod = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    StartDate = table.Column<DateOnly>(type: "date", nullable: false),
                    EndDate = table.Column<DateOnly>(type: "date", nullable: false),
                    MonthlyFee = table.Column<long>(type: "bigint", nullable: false),
                    UnitSupervisor = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    ProjectLeadId = table.Column<int>(type: "integer", nullable: true),
                    SignedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    SignedScanStoredName = table.Column<string>(type: "character varying(260)", maxLength: 260, nullable: true),
                    SignedScanContentType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    SignedScanSize = table.Column<long>(type: "bigint", nullable: true),
                    SignedScanOriginalName = table.Column<string>(type: "character varying(260)", maxLength: 260, nullable: true),
                    ConfidentialityAgreementSignedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ConfidentialityScanStoredName = table.Column<string>(type: "character varying(260)", maxLength: 260, nullable: true),
                    ConfidentialityScanContentType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ConfidentialityScanSize = table.Column<long>(type: "bigint", nullable: true),
                    ConfidentialityScanOriginalName = table.Column<string>(type: "character varying(260)", maxLength: 260, nullable: true),
                    State = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    PredecessorId = table.Column<int>(type: "integer", nullable: true),
                    ScheduledTerminationOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ScheduledTerminationReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    CreatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Contracts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Contracts_Agencies_AgencyId",
                        column: x => x.AgencyId,
                        principalTable: "Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Contracts_Contracts_PredecessorId",
                        column: x => x.PredecessorId,
                        principalTable: "Contracts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Contracts_HostUnits_HostUnitId",
                        column: x => x.HostUnitId,
                        principalTable: "HostUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Contracts_StaffMembers_ProjectLeadId",
                        column: x => x.ProjectLeadId,
                        principalTable: "StaffMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ContractAccounts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ContractId = table.Column<int>(type: "integer", nullable: false),
                    AccountId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContractAccounts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ContractAccounts_Accounts_AccountId",
                        column: x => x.AccountId,
                        principalTable: "Accounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ContractAccounts_Contracts_ContractId",
                        column: x => x.ContractId,
                        principalTable: "Contracts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ContractAssignments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ContractId = table.Column<int>(type: "integer", nullable: false),
                    StaffMemberId = table.Column<int>(type: "integer", nullable: false),
                    Post = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    AssignedOn = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContractAssignments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ContractAssignments_Contracts_ContractId",
                        column: x => x.ContractId,
                        principalTable: "Contracts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ContractAssignments_StaffMembers_StaffMemberId",
                        column: x => x.StaffMemberId,
                        principalTable: "StaffMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ContractTransitions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ContractId = table.Column<int>(type: "integer", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Actor = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    From = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    To = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Trigger = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContractTransitions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ContractTransitions_Contracts_ContractId",
                        column: x => x.ContractId,
                        principalTable: "Contracts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ContractWarnings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ContractId = table.Column<int>(type: "integer", nullable: false),
                    Key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Message = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    RaisedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ClearedOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContractWarnings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ContractWarnings_Contracts_ContractId",
                        column: x => x.ContractId,
                        principalTable: "Contracts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ContractAccounts_AccountId",
                table: "ContractAccounts",
                column: "AccountId");

            migrationBuilder.CreateIndex(
                name: "IX_ContractAccounts_ContractId_AccountId",
                table: "ContractAccounts",
                columns: new[] { "ContractId", "AccountId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ContractAssignments_ContractId_StaffMemberId_Post",
                table: "ContractAssignments",
                columns: new[] { "ContractId", "StaffMemberId", "Post" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ContractAssignments_StaffMemberId",
                table: "ContractAssignments",
                column: "StaffMemberId");

            migrationBuilder.CreateIndex(
                name: "IX_Contracts_AgencyId_State",
                table: "Contracts",
                columns: new[] { "AgencyId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_Contracts_HostUnitId_State",
                table: "Contracts",
                columns: new[] { "HostUnitId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_Contracts_Number",
                table: "Contracts",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Contracts_PredecessorId",
                table: "Contracts",
                column: "PredecessorId");

            migrationBuilder.CreateIndex(
                name: "IX_Contracts_ProjectLeadId",
                table: "Contracts",
                column: "ProjectLeadId");

            migrationBuilder.CreateIndex(
                name: "IX_Contracts_State_EndDate",
                table: "Contracts",
                columns: new[] { "State", "EndDate" });

            migrationBuilder.CreateIndex(
                name: "IX_Contracts_State_StartDate",
                table: "Contracts",
                columns: new[] { "State", "StartDate" });

            migrationBuilder.CreateIndex(
                name: "IX_ContractTransitions_ContractId_At",
                table: "ContractTransitions",
                columns: new[] { "ContractId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_ContractWarnings_ContractId_Key",
                table: "ContractWarnings",
                columns: new[] { "ContractId", "Key" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ContractAccounts");

            migrationBuilder.DropTable(
                name: "ContractAssignments");

            migrationBuilder.DropTable(
                name: "ContractTransitions");

            migrationBuilder.DropTable(
                name: "ContractWarnings");

            migrationBuilder.DropTable(
                name: "Contracts");
        }
    }
}
