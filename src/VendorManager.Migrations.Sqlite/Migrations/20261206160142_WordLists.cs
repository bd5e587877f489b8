using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace VendorManager.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class WordLists : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "WordListItems",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Category = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    WrongForm = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    RightForm = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    AddedInVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    AddedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    AddedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DisabledInVersion = table.Column<int>(type: "INTEGER", nullable: true),
                    DisabledBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    DisabledAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WordListItems", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "WordListVersions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Change = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    MadeBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    MadeAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WordListVersions", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_WordListItems_AddedInVersion_DisabledInVersion",
                table: "WordListItems",
                columns: new[] { "AddedInVersion", "DisabledInVersion" });

            migrationBuilder.CreateIndex(
                name: "IX_WordListItems_Category_WrongForm",
                table: "WordListItems",
                columns: new[] { "Category", "WrongForm" });

            migrationBuilder.CreateIndex(
                name: "IX_WordListVersions_Number",
                table: "WordListVersions",
                column: "Number",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "WordListItems");

            migrationBuilder.DropTable(
                name: "WordListVersions");
        }
    }
}
