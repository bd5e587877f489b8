using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace VendorManager.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class DeductionPublishedPost : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "PublishedPostId",
                table: "EvaluationDeduction",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_EvaluationDeduction_PublishedPostId",
                table: "EvaluationDeduction",
                column: "PublishedPostId");

            migrationBuilder.AddForeignKey(
                name: "FK_EvaluationDeduction_PublishedPosts_PublishedPostId",
                table: "EvaluationDeduction",
                column: "PublishedPostId",
                principalTable: "PublishedPosts",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            // Lines taken over before this column named their post only by its address, a word of the evidence text
            // (ProposedDeduction.IsTakenBy until now): they name the post of the evaluation's contract at that address.
            migrationBuilder.Sql("""
                UPDATE "EvaluationDeduction" SET "PublishedPostId" = (
                    SELECT MIN(p."Id") FROM "PublishedPosts" AS p, "MonthlyEvaluations" AS e
                    WHERE e."Id" = "EvaluationDeduction"."MonthlyEvaluationId" AND p."ContractId" = e."ContractId"
                      AND ' ' || "EvaluationDeduction"."EvidenceLink" || ' ' LIKE '% ' || p."Address" || ' %')
                WHERE "FindingId" IS NULL AND "Category" = 'LaxReview' AND "EvidenceLink" IS NOT NULL;
                """);

            // Every account's last post date takes its latest publication when that is later (decision 0028), as
            // Account.UpdateLastPost does from now on: the China day of the UTC ticks; dates are TEXT yyyy-MM-dd, and '' is
            // earlier than any.
            migrationBuilder.Sql("""
                UPDATE "Accounts" SET "LastPostOn" = MAX(COALESCE("LastPostOn", ''), (
                    SELECT date(MAX(p."PublishedAt") / 10000000 - 62135596800, 'unixepoch', '+8 hours')
                    FROM "PublishedPosts" AS p WHERE p."AccountId" = "Accounts"."Id"))
                WHERE EXISTS (SELECT 1 FROM "PublishedPosts" AS p WHERE p."AccountId" = "Accounts"."Id");
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_EvaluationDeduction_PublishedPosts_PublishedPostId",
                table: "EvaluationDeduction");

            migrationBuilder.DropIndex(
                name: "IX_EvaluationDeduction_PublishedPostId",
                table: "EvaluationDeduction");

            migrationBuilder.DropColumn(
                name: "PublishedPostId",
                table: "EvaluationDeduction");
        }
    }
}
