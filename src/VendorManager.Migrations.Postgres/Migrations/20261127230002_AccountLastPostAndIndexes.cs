using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace VendorManager.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class AccountLastPostAndIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Settlements_HostUnitId",
                table: "Settlements");

            migrationBuilder.DropIndex(
                name: "IX_MonthlyEvaluations_State_Month",
                table: "MonthlyEvaluations");

            migrationBuilder.DropIndex(
                name: "IX_MonthlyActivities_AccountId_LastPostOn",
                table: "MonthlyActivities");

            migrationBuilder.DropIndex(
                name: "IX_Accounts_Status_Platform_ActiveSince",
                table: "Accounts");

            migrationBuilder.AddColumn<DateOnly>(
                name: "LastPostOn",
                table: "Accounts",
                type: "date",
                nullable: true);

            // Every account takes the latest post date of its monthly records, as Account.UpdateLastPost
            // does from now on (dates compare in order on both providers: TEXT yyyy-MM-dd, or date).
            migrationBuilder.Sql("""
                UPDATE "Accounts" SET "LastPostOn" = (
                    SELECT MAX(m."LastPostOn") FROM "MonthlyActivities" AS m WHERE m."AccountId" = "Accounts"."Id");
                """);

            migrationBuilder.CreateIndex(
                name: "IX_Settlements_HostUnitId_Status_DueOn",
                table: "Settlements",
                columns: new[] { "HostUnitId", "Status", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_MonthlyEvaluations_Month_State_DueOn_ScoredAt",
                table: "MonthlyEvaluations",
                columns: new[] { "Month", "State", "DueOn", "ScoredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_MonthlyEvaluations_State_Month_AgencyId_Total_SharePercent",
                table: "MonthlyEvaluations",
                columns: new[] { "State", "Month", "AgencyId", "Total", "SharePercent" });

            migrationBuilder.CreateIndex(
                name: "IX_Accounts_Status_HostUnitId",
                table: "Accounts",
                columns: new[] { "Status", "HostUnitId" });

            migrationBuilder.CreateIndex(
                name: "IX_Accounts_Status_Platform_ActiveSince_LastPostOn",
                table: "Accounts",
                columns: new[] { "Status", "Platform", "ActiveSince", "LastPostOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Settlements_HostUnitId_Status_DueOn",
                table: "Settlements");

            migrationBuilder.DropIndex(
                name: "IX_MonthlyEvaluations_Month_State_DueOn_ScoredAt",
                table: "MonthlyEvaluations");

            migrationBuilder.DropIndex(
                name: "IX_MonthlyEvaluations_State_Month_AgencyId_Total_SharePercent",
                table: "MonthlyEvaluations");

            migrationBuilder.DropIndex(
                name: "IX_Accounts_Status_HostUnitId",
                table: "Accounts");

            migrationBuilder.DropIndex(
                name: "IX_Accounts_Status_Platform_ActiveSince_LastPostOn",
                table: "Accounts");

            migrationBuilder.DropColumn(
                name: "LastPostOn",
                table: "Accounts");

            migrationBuilder.CreateIndex(
                name: "IX_Settlements_HostUnitId",
                table: "Settlements",
                column: "HostUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_MonthlyEvaluations_State_Month",
                table: "MonthlyEvaluations",
                columns: new[] { "State", "Month" });

            migrationBuilder.CreateIndex(
                name: "IX_MonthlyActivities_AccountId_LastPostOn",
                table: "MonthlyActivities",
                columns: new[] { "AccountId", "LastPostOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Accounts_Status_Platform_ActiveSince",
                table: "Accounts",
                columns: new[] { "Status", "Platform", "ActiveSince" });
        }
    }
}
