using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VendorManager.Domain.Auditing;
using VendorManager.Domain.Common;
using VendorManager.Web.Features.Audit;
using VendorManager.Web.Tests.Infrastructure;

namespace VendorManager.Web.Tests.Features.Audit;

/// <summary>
/// The probe's attacks on the audit log, done straight on the SQLite file as with the app stopped: a
/// forger who knows the hashing scheme but not the server's key, and one who deletes the newest rows.
/// </summary>
[Trait(TestDatabase.Trait, nameof(TestProvider.Sqlite))]
public sealed class AuditChainForgeryTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_untouched_chain_verifies()
    {
        await using var app = await AppWithUnitsAsync(4);

        var verdict = await VerifyAsync(app);

        Assert.True(verdict.IsIntact);
        Assert.Equal(4, verdict.Checked);
    }

    [Fact]
    public async Task An_entry_edited_in_the_file_with_every_following_hash_recomputed_is_reported_as_tampered_at_that_entry()
    {
        await using var app = await AppWithUnitsAsync(4);

        // Re-seal from entry 2 to the end as the scheme says, without the server's key.
        await using (var db = app.CreateDbContext(UserScope.System))
        {
            var entries = await db.AuditEntries.OrderBy(e => e.Sequence).ToListAsync(Ct);
            string? previousHash = null;
            foreach (var entry in entries.Where(e => e.Sequence >= 2))
            {
                var row = db.Entry(entry);
                if (entry.Sequence == 2)
                {
                    row.Property(e => e.UserName).CurrentValue = "someone-else";
                }
                else
                {
                    row.Property(e => e.PreviousHash).CurrentValue = previousHash!;
                }

                previousHash = entry.ComputeHash();
                await ExecuteOnFileAsync(app,
                    """UPDATE "AuditEntries" SET "UserName" = $user, "PreviousHash" = $previous, "Hash" = $hash WHERE "Sequence" = $sequence""",
                    ("$user", entry.UserName), ("$previous", entry.PreviousHash), ("$hash", previousHash), ("$sequence", entry.Sequence));
            }
        }

        var verdict = await VerifyAsync(app);

        Assert.Equal(2, verdict.FirstBreak?.ExpectedSequence);
        Assert.Equal(AuditBreakReason.ContentsAltered, verdict.FirstBreak?.Reason);
        Assert.Equal(1, verdict.Checked);
    }

    [Fact]
    public async Task Deleting_the_newest_entries_in_the_file_is_reported_as_a_truncation()
    {
        await using var app = await AppWithUnitsAsync(4);

        await ExecuteOnFileAsync(app, """DELETE FROM "AuditEntries" WHERE "Sequence" >= 3""");

        var verdict = await VerifyAsync(app);

        Assert.Equal(new AuditChainBreak(3, 2, AuditBreakReason.Truncated), verdict.FirstBreak);
        Assert.Equal(2, verdict.Checked);
    }

    [Fact]
    public async Task An_anchor_older_than_the_newest_entries_still_verifies_the_whole_chain()
    {
        // Another instance on the same PostgreSQL database wrote since this one's anchor moved; or a crash came
        // between a commit and the anchor's write. An anchor only needs to be no newer than the log.
        await using var app = await AppWithUnitsAsync(2);
        var anchorFile = Path.Combine(Path.GetDirectoryName(app.KeyFile)!, "audit-anchor.json");
        var older = await File.ReadAllTextAsync(anchorFile, Ct);
        await AuditTestData.AddUnitAsync(app.CreateDbContext, TestUsers.Supervisor, "单位3", "U3");
        await File.WriteAllTextAsync(anchorFile, older, Ct);

        var verdict = await VerifyAsync(app);

        Assert.True(verdict.IsIntact);
        Assert.Equal(3, verdict.Checked);
    }

    private static async Task<TestApp> AppWithUnitsAsync(int count)
    {
        var app = await TestApp.CreateAsync(provider: TestProvider.Sqlite);
        for (var i = 1; i <= count; i++)
        {
            await AuditTestData.AddUnitAsync(app.CreateDbContext, TestUsers.Supervisor, $"单位{i}", $"U{i}");
        }

        return app;
    }

    private static async Task ExecuteOnFileAsync(TestApp app, string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = new SqliteConnection(app.Database.ConnectionString);
        await connection.OpenAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        await command.ExecuteNonQueryAsync(Ct);
    }

    private static async Task<AuditVerdict> VerifyAsync(TestApp app)
    {
        await using var scope = app.ScopeFor(TestUsers.Auditor);
        var result = await scope.ServiceProvider.GetRequiredService<AuditService>().VerifyAsync(Ct);
        Assert.True(result.Succeeded, result.Describe());
        return result.Value!;
    }
}
