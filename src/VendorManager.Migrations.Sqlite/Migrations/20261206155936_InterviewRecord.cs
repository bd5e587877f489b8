using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace VendorManager.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class InterviewRecord : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Interviewers",
                table: "Interviews",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Minutes",
                table: "Interviews",
                type: "TEXT",
                maxLength: 20000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Place",
                table: "Interviews",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<TimeOnly>(
                name: "StartedAt",
                table: "Interviews",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "InterviewAttachment",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    InterviewId = table.Column<int>(type: "INTEGER", nullable: false),
                    FileStoredName = table.Column<string>(type: "TEXT", maxLength: 260, nullable: false),
                    FileContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    FileSize = table.Column<long>(type: "INTEGER", nullable: false),
                    FileOriginalName = table.Column<string>(type: "TEXT", maxLength: 260, nullable: false),
                    AttachedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    AttachedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InterviewAttachment", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InterviewAttachment_Interviews_InterviewId",
                        column: x => x.InterviewId,
                        principalTable: "Interviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "InterviewCommitment",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    InterviewId = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Deadline = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CompletedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CompletedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    CompletionNote = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InterviewCommitment", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InterviewCommitment_Interviews_InterviewId",
                        column: x => x.InterviewId,
                        principalTable: "Interviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "InterviewPerson",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    InterviewId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Post = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InterviewPerson", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InterviewPerson_Interviews_InterviewId",
                        column: x => x.InterviewId,
                        principalTable: "Interviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_InterviewAttachment_InterviewId",
                table: "InterviewAttachment",
                column: "InterviewId");

            migrationBuilder.CreateIndex(
                name: "IX_InterviewCommitment_CompletedAt_Deadline",
                table: "InterviewCommitment",
                columns: new[] { "CompletedAt", "Deadline" });

            migrationBuilder.CreateIndex(
                name: "IX_InterviewCommitment_InterviewId",
                table: "InterviewCommitment",
                column: "InterviewId");

            migrationBuilder.CreateIndex(
                name: "IX_InterviewPerson_InterviewId",
                table: "InterviewPerson",
                column: "InterviewId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "InterviewAttachment");

            migrationBuilder.DropTable(
                name: "InterviewCommitment");

            migrationBuilder.DropTable(
                name: "InterviewPerson");

            migrationBuilder.DropColumn(
                name: "Interviewers",
                table: "Interviews");

            migrationBuilder.DropColumn(
                name: "Minutes",
                table: "Interviews");

            migrationBuilder.DropColumn(
                name: "Place",
                table: "Interviews");

            migrationBuilder.DropColumn(
                name: "StartedAt",
                table: "Interviews");
        }
    }
}
