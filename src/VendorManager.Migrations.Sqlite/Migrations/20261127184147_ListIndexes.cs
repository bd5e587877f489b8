using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace VendorManager.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ListIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Settlements_Month_HostUnitId",
                table: "Settlements");

            migrationBuilder.DropIndex(
                name: "IX_Qualifications_AgencyId_Kind",
                table: "Qualifications");

            migrationBuilder.DropIndex(
                name: "IX_Accounts_Status_Platform",
                table: "Accounts");

            migrationBuilder.CreateIndex(
                name: "IX_StaffMembers_Post_Status_Name",
                table: "StaffMembers",
                columns: new[] { "Post", "Status", "Name" });

            migrationBuilder.CreateIndex(
                name: "IX_StaffMembers_Status_Name",
                table: "StaffMembers",
                columns: new[] { "Status", "Name" });

            migrationBuilder.CreateIndex(
                name: "IX_Settlements_Month_HostUnitId_ContractId",
                table: "Settlements",
                columns: new[] { "Month", "HostUnitId", "ContractId" },
                descending: new[] { true, false, false });

            migrationBuilder.CreateIndex(
                name: "IX_Settlements_Status_PayableFen",
                table: "Settlements",
                columns: new[] { "Status", "PayableFen" });

            migrationBuilder.CreateIndex(
                name: "IX_Qualifications_AgencyId_Kind_ReviewStatus",
                table: "Qualifications",
                columns: new[] { "AgencyId", "Kind", "ReviewStatus" });

            migrationBuilder.CreateIndex(
                name: "IX_MonthlyEvaluations_Month_HostUnitId_ContractId",
                table: "MonthlyEvaluations",
                columns: new[] { "Month", "HostUnitId", "ContractId" },
                descending: new[] { true, false, false });

            migrationBuilder.CreateIndex(
                name: "IX_MonthlyEvaluations_State_DueOn",
                table: "MonthlyEvaluations",
                columns: new[] { "State", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_MonthlyEvaluations_State_Total",
                table: "MonthlyEvaluations",
                columns: new[] { "State", "Total" });

            migrationBuilder.CreateIndex(
                name: "IX_MonthlyActivities_AccountId_LastPostOn",
                table: "MonthlyActivities",
                columns: new[] { "AccountId", "LastPostOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Agencies_Status",
                table: "Agencies",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_Accounts_Name",
                table: "Accounts",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_Accounts_Operator_Status",
                table: "Accounts",
                columns: new[] { "Operator", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Accounts_Status_Name",
                table: "Accounts",
                columns: new[] { "Status", "Name" });

            migrationBuilder.CreateIndex(
                name: "IX_Accounts_Status_Platform_ActiveSince",
                table: "Accounts",
                columns: new[] { "Status", "Platform", "ActiveSince" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_StaffMembers_Post_Status_Name",
                table: "StaffMembers");

            migrationBuilder.DropIndex(
                name: "IX_StaffMembers_Status_Name",
                table: "StaffMembers");

            migrationBuilder.DropIndex(
                name: "IX_Settlements_Month_HostUnitId_ContractId",
                table: "Settlements");

            migrationBuilder.DropIndex(
                name: "IX_Settlements_Status_PayableFen",
                table: "Settlements");

            migrationBuilder.DropIndex(
                name: "IX_Qualifications_AgencyId_Kind_ReviewStatus",
                table: "Qualifications");

            migrationBuilder.DropIndex(
                name: "IX_MonthlyEvaluations_Month_HostUnitId_ContractId",
                table: "MonthlyEvaluations");

            migrationBuilder.DropIndex(
                name: "IX_MonthlyEvaluations_State_DueOn",
                table: "MonthlyEvaluations");

            migrationBuilder.DropIndex(
                name: "IX_MonthlyEvaluations_State_Total",
                table: "MonthlyEvaluations");

            migrationBuilder.DropIndex(
                name: "IX_MonthlyActivities_AccountId_LastPostOn",
                table: "MonthlyActivities");

            migrationBuilder.DropIndex(
                name: "IX_Agencies_Status",
                table: "Agencies");

            migrationBuilder.DropIndex(
                name: "IX_Accounts_Name",
                table: "Accounts");

            migrationBuilder.DropIndex(
                name: "IX_Accounts_Operator_Status",
                table: "Accounts");

            migrationBuilder.DropIndex(
                name: "IX_Accounts_Status_Name",
                table: "Accounts");

            migrationBuilder.DropIndex(
                name: "IX_Accounts_Status_Platform_ActiveSince",
                table: "Accounts");

            migrationBuilder.CreateIndex(
                name: "IX_Settlements_Month_HostUnitId",
                table: "Settlements",
                columns: new[] { "Month", "HostUnitId" });

            migrationBuilder.CreateIndex(
                name: "IX_Qualifications_AgencyId_Kind",
                table: "Qualifications",
                columns: new[] { "AgencyId", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_Accounts_Status_Platform",
                table: "Accounts",
                columns: new[] { "Status", "Platform" });
        }
    }
}
