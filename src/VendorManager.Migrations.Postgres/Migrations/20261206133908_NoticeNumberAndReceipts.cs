using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace VendorManager.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class NoticeNumberAndReceipts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "DocumentNumber",
                table: "PublicNotices",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "IssuedBy",
                table: "PublicNotices",
                type: "character varying(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "NumberSequence",
                table: "PublicNotices",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "NumberYear",
                table: "PublicNotices",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "NoticeReceipts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PublicNoticeId = table.Column<int>(type: "integer", nullable: false),
                    UserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    UserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    HostUnitId = table.Column<int>(type: "integer", nullable: true),
                    AgencyId = table.Column<int>(type: "integer", nullable: true),
                    ReadAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NoticeReceipts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_NoticeReceipts_Agencies_AgencyId",
                        column: x => x.AgencyId,
                        principalTable: "Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_NoticeReceipts_HostUnits_HostUnitId",
                        column: x => x.HostUnitId,
                        principalTable: "HostUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_NoticeReceipts_PublicNotices_PublicNoticeId",
                        column: x => x.PublicNoticeId,
                        principalTable: "PublicNotices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PublicNotices_NumberYear_NumberSequence",
                table: "PublicNotices",
                columns: new[] { "NumberYear", "NumberSequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_NoticeReceipts_AgencyId",
                table: "NoticeReceipts",
                column: "AgencyId");

            migrationBuilder.CreateIndex(
                name: "IX_NoticeReceipts_HostUnitId",
                table: "NoticeReceipts",
                column: "HostUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_NoticeReceipts_PublicNoticeId_UserId",
                table: "NoticeReceipts",
                columns: new[] { "PublicNoticeId", "UserId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "NoticeReceipts");

            migrationBuilder.DropIndex(
                name: "IX_PublicNotices_NumberYear_NumberSequence",
                table: "PublicNotices");

            migrationBuilder.DropColumn(
                name: "DocumentNumber",
                table: "PublicNotices");

            migrationBuilder.DropColumn(
                name: "IssuedBy",
                table: "PublicNotices");

            migrationBuilder.DropColumn(
                name: "NumberSequence",
                table: "PublicNotices");

            migrationBuilder.DropColumn(
                name: "NumberYear",
                table: "PublicNotices");
        }
    }
}
