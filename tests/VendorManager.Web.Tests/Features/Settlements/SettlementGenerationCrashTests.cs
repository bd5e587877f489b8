using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VendorManager.Domain.Auditing;
using VendorManager.Domain.Common;
using VendorManager.Domain.Settlements;
using VendorManager.Persistence.Auditing;
using VendorManager.Web.Features.Shared;
using VendorManager.Web.Tests.Infrastructure;

namespace VendorManager.Web.Tests.Features.Settlements;

/// <summary>
/// Issue 10: a process killed in the middle of settlement generation. The generation runs in a real child
/// process (tests/VendorManager.FaultHost: the app's services) on the run's database, either as finance
/// users run it, one month at a time, or as the daily job does, every month not yet generated in one run;
/// both commit month by month. The test kills it once some months are settled and others are not, then
/// looks at what the database kept and runs the generation again.
/// </summary>
public sealed class SettlementGenerationCrashTests
{
    private const int ContractCount = 40;
    private const int MonthCount = 15;

    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(120);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_generation_killed_midway_keeps_the_whole_months_it_finished_and_a_rerun_settles_each_contract_month_once(bool asTheDailyJob)
    {
        await using var app = await TestApp.CreateAsync();
        var world = await SettlementWorld.SeedAsync(app);
        var contracts = new List<int>();
        for (var i = 0; i < ContractCount; i++)
        {
            contracts.Add(await world.ActiveContractAsync(app, "HT-K" + i.ToString("D3", CultureInfo.InvariantCulture)));
        }

        var months = Enumerable.Range(0, MonthCount).Select(m => SettlementWorld.October.AddMonths(m)).ToList();
        foreach (var month in months)
        {
            await world.FinalEvaluationsAsync(app, contracts, month, 92m);
        }

        using (var generation = Generation(app, asTheDailyJob ? [] : months))
        {
            var settled = await WhenSomeSettledAsync(app, generation);
            generation.Kill();
            Assert.True(settled < ContractCount * MonthCount, "The generation finished before it could be killed; give it more to do.\n" + generation.Output);
        }

        // What the killed process left: the months it finished, oldest first, each whole (a month's transaction
        // commits all of it or nothing), each settlement with its audit entry, and an unbroken audit chain.
        await using (var db = app.CreateDbContext(UserScope.System))
        {
            var perMonth = await db.Settlements.GroupBy(s => s.Month).Select(g => new { Month = g.Key, Count = g.Count() }).ToListAsync(Ct);
            Assert.InRange(perMonth.Count, 1, MonthCount - 1);
            Assert.Equal(months.Take(perMonth.Count), perMonth.Select(m => m.Month).Order());
            Assert.All(perMonth, m => Assert.Equal(ContractCount, m.Count));
            await AssertAuditedAsync(app, db);
        }

        using (var rerun = Generation(app, months: []))
        {
            Assert.True(await rerun.WaitForExitAsync(Patience), "The rerun did not finish.\n" + rerun.Output);
            Assert.True(rerun.ExitCode == 0, "The rerun failed.\n" + rerun.Output);
        }

        await using (var db = app.CreateDbContext(UserScope.System))
        {
            var keys = await db.Settlements.Select(s => new { s.ContractId, s.Month }).ToListAsync(Ct);
            Assert.Equal(ContractCount * MonthCount, keys.Count);
            Assert.Equal(keys.Count, keys.Distinct().Count());
            Assert.Equal(
                contracts.SelectMany(c => months.Select(m => (c, m))).Order().ToList(),
                keys.Select(k => (k.ContractId, k.Month)).Order().ToList());
            await AssertAuditedAsync(app, db);

            // The unique key stands behind the generator's own check.
            var copy = await db.Settlements.AsNoTracking().FirstAsync(Ct);
            db.Settlements.Add(Settlement.Calculate(
                copy.ContractId, copy.HostUnitId, copy.AgencyId, copy.Month, copy.EvaluationId, copy.EvaluationFinalizedAt, copy.Computation, copy.Band, "test", app.Clock.GetUtcNow()));
            var duplicate = await Assert.ThrowsAnyAsync<DbUpdateException>(() => db.SaveChangesAsync(Ct));
            Assert.True(duplicate.IsUniqueViolation(), duplicate.ToString());
        }
    }

    /// <summary>The FaultHost generating settlements for <paramref name="months"/>, one at a time; none: every month not yet generated, as the daily job.</summary>
    private static FaultHost Generation(TestApp app, IEnumerable<DateOnly> months) =>
        FaultHost.Start(app, new Dictionary<string, string>
        {
            ["VM_FAULT_MONTHS"] = string.Join(",", months.Select(m => m.ToString("yyyy-MM", CultureInfo.InvariantCulture))),
        });

    /// <summary>Polls until the child has committed at least one month; the child must still be running.</summary>
    private static async Task<int> WhenSomeSettledAsync(TestApp app, FaultHost generation)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            Assert.False(generation.HasExited, "The generation ended before any month was seen settled.\n" + generation.Output);
            Assert.True(DateTime.UtcNow < deadline, "No settlement appeared.\n" + generation.Output);
            try
            {
                await using var db = app.CreateDbContext(UserScope.System);
                var count = await db.Settlements.CountAsync(Ct);
                if (count > 0)
                {
                    return count;
                }
            }
            catch (Exception e) when (e is Microsoft.Data.Sqlite.SqliteException or InvalidOperationException)
            {
                // The writer holds the file for a moment: look again.
            }

            await Task.Delay(TimeSpan.FromMilliseconds(10), Ct);
        }
    }

    private static async Task AssertAuditedAsync(TestApp app, Persistence.AppDbContext db)
    {
        var settlements = await db.Settlements.CountAsync(Ct);
        var inserts = await db.AuditEntries.CountAsync(e => e.EntityType == nameof(Settlement) && e.Action == AuditAction.Insert, Ct);
        Assert.Equal(settlements, inserts);
        var chain = app.Services.GetRequiredService<AuditSeal>().NewVerifier().CheckAll(await db.AuditEntries.AsNoTracking().OrderBy(e => e.Sequence).ToListAsync(Ct));
        Assert.Null(chain.FirstBreak);
    }
}
