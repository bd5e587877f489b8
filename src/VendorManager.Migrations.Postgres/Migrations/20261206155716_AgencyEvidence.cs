using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace VendorManager.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class AgencyEvidence : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "EvidenceAwaitingSince",
                table: "RectificationItems",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "AgencyEvidence",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RectificationItemId = table.Column<int>(type: "integer", nullable: false),
                    AgencyId = table.Column<int>(type: "integer", nullable: false),
                    Round = table.Column<int>(type: "integer", nullable: false),
                    Description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    SubmittedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ConfirmedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    ConfirmedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ReturnReason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ReturnedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    ReturnedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgencyEvidence", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AgencyEvidence_Agencies_AgencyId",
                        column: x => x.AgencyId,
                        principalTable: "Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AgencyEvidence_RectificationItems_RectificationItemId",
                        column: x => x.RectificationItemId,
                        principalTable: "RectificationItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AgencyEvidenceFiles",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AgencyEvidenceId = table.Column<int>(type: "integer", nullable: false),
                    FileStoredName = table.Column<string>(type: "character varying(260)", maxLength: 260, nullable: false),
                    FileContentType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    FileSize = table.Column<long>(type: "bigint", nullable: false),
                    FileOriginalName = table.Column<string>(type: "character varying(260)", maxLength: 260, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgencyEvidenceFiles", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AgencyEvidenceFiles_AgencyEvidence_AgencyEvidenceId",
                        column: x => x.AgencyEvidenceId,
                        principalTable: "AgencyEvidence",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AgencyEvidence_AgencyId",
                table: "AgencyEvidence",
                column: "AgencyId");

            migrationBuilder.CreateIndex(
                name: "IX_AgencyEvidence_RectificationItemId_Round",
                table: "AgencyEvidence",
                columns: new[] { "RectificationItemId", "Round" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AgencyEvidenceFiles_AgencyEvidenceId",
                table: "AgencyEvidenceFiles",
                column: "AgencyEvidenceId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AgencyEvidenceFiles");

            migrationBuilder.DropTable(
                name: "AgencyEvidence");

            migrationBuilder.DropColumn(
                name: "EvidenceAwaitingSince",
                table: "RectificationItems");
        }
    }
}
