using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace VendorManager.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class SettlementHistory : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SettlementSteps",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SettlementId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    From = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    To = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    PayableBeforeFen = table.Column<long>(type: "INTEGER", nullable: false),
                    PayableAfterFen = table.Column<long>(type: "INTEGER", nullable: false),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SettlementSteps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SettlementSteps_Settlements_SettlementId",
                        column: x => x.SettlementId,
                        principalTable: "Settlements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SettlementSteps_SettlementId_At",
                table: "SettlementSteps",
                columns: new[] { "SettlementId", "At" });

            // Every existing settlement starts its history with its calculation, as far as the row tells it.
            migrationBuilder.Sql(
                """
                INSERT INTO "SettlementSteps" ("SettlementId", "Kind", "From", "To", "PayableBeforeFen", "PayableAfterFen", "Actor", "At", "Reason")
                SELECT "Id", 'Calculated', 'Calculated', 'Calculated', 0, "PayableFen", "CalculatedBy", "CalculatedAt", NULL FROM "Settlements"
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SettlementSteps");
        }
    }
}
