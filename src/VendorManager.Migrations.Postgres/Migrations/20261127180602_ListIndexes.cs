using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace VendorManager.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ListIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_StaffMembers_Post_Status_Name",
                table: "StaffMembers",
                columns: new[] { "Post", "Status", "Name" });

            migrationBuilder.CreateIndex(
                name: "IX_StaffMembers_Status_Name",
                table: "StaffMembers",
                columns: new[] { "Status", "Name" });

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
                name: "IX_Agencies_Status",
                table: "Agencies");

            migrationBuilder.DropIndex(
                name: "IX_Accounts_Name",
                table: "Accounts");

            migrationBuilder.DropIndex(
                name: "IX_Accounts_Operator_Status",
                table: "Accounts");
        }
    }
}
