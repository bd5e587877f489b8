using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace VendorManager.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ScaleOut : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_JobRuns_JobName_Day",
                table: "JobRuns");

            migrationBuilder.AddColumn<int>(
                name: "Attempts",
                table: "JobRuns",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "Instance",
                table: "JobRuns",
                type: "TEXT",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<long>(
                name: "LeaseExpiresAt",
                table: "JobRuns",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.CreateTable(
                name: "DataProtectionKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FriendlyName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Xml = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataProtectionKeys", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_JobRuns_JobName_Day",
                table: "JobRuns",
                columns: new[] { "JobName", "Day" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DataProtectionKeys");

            migrationBuilder.DropIndex(
                name: "IX_JobRuns_JobName_Day",
                table: "JobRuns");

            migrationBuilder.DropColumn(
                name: "Attempts",
                table: "JobRuns");

            migrationBuilder.DropColumn(
                name: "Instance",
                table: "JobRuns");

            migrationBuilder.DropColumn(
                name: "LeaseExpiresAt",
                table: "JobRuns");

            migrationBuilder.CreateIndex(
                name: "IX_JobRuns_JobName_Day",
                table: "JobRuns",
                columns: new[] { "JobName", "Day" });
        }
    }
}
