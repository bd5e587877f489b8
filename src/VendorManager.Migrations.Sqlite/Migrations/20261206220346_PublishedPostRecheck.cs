using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace VendorManager.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class PublishedPostRecheck : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PublishedPostTexts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 50000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PublishedPostTexts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PublishedPostTexts_PublishedPosts_Id",
                        column: x => x.Id,
                        principalTable: "PublishedPosts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            // The texts move into their own table before the column goes: an upgrade keeps every published post's text.
            migrationBuilder.Sql(@"INSERT INTO ""PublishedPostTexts"" (""Id"", ""Text"") SELECT ""Id"", ""Text"" FROM ""PublishedPosts"";");

            migrationBuilder.DropForeignKey(
                name: "FK_PublishedPostHit_PublishedPosts_PublishedPostId",
                table: "PublishedPostHit");

            migrationBuilder.DropColumn(
                name: "Text",
                table: "PublishedPosts");

            migrationBuilder.AlterColumn<int>(
                name: "Id",
                table: "PublishedPosts",
                type: "INTEGER",
                nullable: false,
                oldClrType: typeof(int),
                oldType: "INTEGER")
                .OldAnnotation("Sqlite:Autoincrement", true);

            migrationBuilder.CreateTable(
                name: "PublishedPostRechecks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Month = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    WordListVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    Posts = table.Column<int>(type: "INTEGER", nullable: false),
                    PostsChanged = table.Column<int>(type: "INTEGER", nullable: false),
                    HitsBefore = table.Column<int>(type: "INTEGER", nullable: false),
                    HitsAfter = table.Column<int>(type: "INTEGER", nullable: false),
                    By = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    StartedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    FinishedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PublishedPostRechecks", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PublishedPostRechecks_FinishedAt",
                table: "PublishedPostRechecks",
                column: "FinishedAt");

            migrationBuilder.AddForeignKey(
                name: "FK_PublishedPostHit_PublishedPostTexts_PublishedPostId",
                table: "PublishedPostHit",
                column: "PublishedPostId",
                principalTable: "PublishedPostTexts",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_PublishedPostHit_PublishedPostTexts_PublishedPostId",
                table: "PublishedPostHit");

            migrationBuilder.DropTable(
                name: "PublishedPostRechecks");

            migrationBuilder.AlterColumn<int>(
                name: "Id",
                table: "PublishedPosts",
                type: "INTEGER",
                nullable: false,
                oldClrType: typeof(int),
                oldType: "INTEGER")
                .Annotation("Sqlite:Autoincrement", true);

            migrationBuilder.AddColumn<string>(
                name: "Text",
                table: "PublishedPosts",
                type: "TEXT",
                maxLength: 50000,
                nullable: false,
                defaultValue: "");

            // A downgrade keeps the texts too: back into the column before their table goes.
            migrationBuilder.Sql(@"UPDATE ""PublishedPosts"" SET ""Text"" = (SELECT t.""Text"" FROM ""PublishedPostTexts"" AS t WHERE t.""Id"" = ""PublishedPosts"".""Id"");");

            // The hits still refer to the texts' table until the rebuild at the end re-points them: dropping it with foreign
            // keys on would delete them (ON DELETE CASCADE), as SQLite empties a table it drops.
            migrationBuilder.Sql("PRAGMA foreign_keys = 0;", suppressTransaction: true);
            migrationBuilder.DropTable(
                name: "PublishedPostTexts");
            migrationBuilder.Sql("PRAGMA foreign_keys = 1;", suppressTransaction: true);

            migrationBuilder.AddForeignKey(
                name: "FK_PublishedPostHit_PublishedPosts_PublishedPostId",
                table: "PublishedPostHit",
                column: "PublishedPostId",
                principalTable: "PublishedPosts",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }
    }
}
