using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace VendorManager.Migrations.Postgres.Migrations
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
                    Id = table.Column<int>(type: "integer", nullable: false),
                    Text = table.Column<string>(type: "character varying(50000)", maxLength: 50000, nullable: false)
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

            migrationBuilder.CreateTable(
                name: "PublishedPostRechecks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Month = table.Column<DateOnly>(type: "date", nullable: false),
                    WordListVersion = table.Column<int>(type: "integer", nullable: false),
                    Posts = table.Column<int>(type: "integer", nullable: false),
                    PostsChanged = table.Column<int>(type: "integer", nullable: false),
                    HitsBefore = table.Column<int>(type: "integer", nullable: false),
                    HitsAfter = table.Column<int>(type: "integer", nullable: false),
                    By = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    StartedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    FinishedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
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

            migrationBuilder.AddColumn<string>(
                name: "Text",
                table: "PublishedPosts",
                type: "character varying(50000)",
                maxLength: 50000,
                nullable: false,
                defaultValue: "");

            // A downgrade keeps the texts too: back into the column before their table goes.
            migrationBuilder.Sql(@"UPDATE ""PublishedPosts"" AS p SET ""Text"" = t.""Text"" FROM ""PublishedPostTexts"" AS t WHERE t.""Id"" = p.""Id"";");

            migrationBuilder.DropTable(
                name: "PublishedPostTexts");

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
