using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace VendorManager.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Accounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Accounts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    HostUnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Platform = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    PlatformId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Operator = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ActiveSince = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PlatformIdRecordedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    PlatformIdRecordedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    RegisteredInNationalSystem = table.Column<bool>(type: "INTEGER", nullable: false),
                    CredentialsHolder = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    PasswordChangedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Accounts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Accounts_HostUnits_HostUnitId",
                        column: x => x.HostUnitId,
                        principalTable: "HostUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Filings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AccountId = table.Column<int>(type: "INTEGER", nullable: false),
                    HostUnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Platform = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    PlatformId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Operator = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Justification = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    AnnouncedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    SubmittedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    SubmittedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ReturnReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Filings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Filings_Accounts_AccountId",
                        column: x => x.AccountId,
                        principalTable: "Accounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MonthlyActivities",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AccountId = table.Column<int>(type: "INTEGER", nullable: false),
                    HostUnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Month = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Posts = table.Column<int>(type: "INTEGER", nullable: true),
                    LastPostOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    MessagesReceived = table.Column<int>(type: "INTEGER", nullable: true),
                    MessagesAnswered = table.Column<int>(type: "INTEGER", nullable: true),
                    AppUsable = table.Column<bool>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MonthlyActivities", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MonthlyActivities_Accounts_AccountId",
                        column: x => x.AccountId,
                        principalTable: "Accounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Accounts_HostUnitId_Platform",
                table: "Accounts",
                columns: new[] { "HostUnitId", "Platform" });

            migrationBuilder.CreateIndex(
                name: "IX_Accounts_Status_Platform",
                table: "Accounts",
                columns: new[] { "Status", "Platform" });

            migrationBuilder.CreateIndex(
                name: "IX_Filings_AccountId",
                table: "Filings",
                column: "AccountId");

            migrationBuilder.CreateIndex(
                name: "IX_Filings_HostUnitId_State",
                table: "Filings",
                columns: new[] { "HostUnitId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_Filings_State_SubmittedAt",
                table: "Filings",
                columns: new[] { "State", "SubmittedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_MonthlyActivities_AccountId_Month",
                table: "MonthlyActivities",
                columns: new[] { "AccountId", "Month" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MonthlyActivities_HostUnitId",
                table: "MonthlyActivities",
                column: "HostUnitId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Filings");

            migrationBuilder.DropTable(
                name: "MonthlyActivities");

            migrationBuilder.DropTable(
                name: "Accounts");
        }
    }
}
