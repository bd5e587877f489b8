using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using VendorManager.Domain.Auditing;
using VendorManager.Domain.Common;
using VendorManager.Persistence.Jobs;
using VendorManager.Web.Features.Audit;
using VendorManager.Web.Features.Home;
using VendorManager.Web.Jobs;
using VendorManager.Web.Tests.Infrastructure;

namespace VendorManager.Web.Tests.Features.Audit;

public sealed class AuditChainCheckJobTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_intact_chain_is_summarised_as_intact_and_the_Auditors_home_says_when_the_system_checked_it_and_that_it_held()
    {
        await using var app = await TestApp.CreateAsync();
        await AuditTestData.AddUnitAsync(app.CreateDbContext, TestUsers.Supervisor, "城关镇", "CG");
        await AuditTestData.AddUnitAsync(app.CreateDbContext, TestUsers.Supervisor, "青山镇", "QS");

        await RunDailyJobsAsync(app);

        var run = await LatestRunAsync(app);
        Assert.True(run.Succeeded, run.Message);
        Assert.Equal("Audit chain intact: 2 entries checked.", run.Message);
        var item = Assert.Single(await PendingWorkAsync(app, TestUsers.Auditor));
        Assert.Equal(PendingWorkUrgency.Normal, item.Urgency);
        Assert.Equal("/audit", item.Href);
        Assert.Equal($"系统每日校验（{CheckedAt(run)}）：审计日志完整，已核对 2 条。", item.Text);
        Assert.Empty(await PendingWorkAsync(app, TestUsers.Admin));
    }

    [Fact]
    public async Task Before_any_check_the_Auditors_home_says_none_was_made_and_links_to_where_one_is_run()
    {
        await using var app = await TestApp.CreateAsync();

        var item = Assert.Single(await PendingWorkAsync(app, TestUsers.Auditor));

        Assert.Equal(PendingWorkUrgency.Warning, item.Urgency);
        Assert.Equal("/audit", item.Href);
        Assert.Equal("尚无审计日志完整性校验记录，可在审计日志页立即校验。", item.Text);
    }

    [Fact]
    public async Task A_check_that_failed_to_run_is_shown_as_unfinished_not_as_intact()
    {
        await using var app = await TestApp.CreateAsync();
        await using (var db = app.CreateDbContext(UserScope.System))
        {
            db.JobRuns.Add(new JobRun
            {
                JobName = AuditChainCheckJob.JobName, Day = ChinaTime.Today(app.Clock), StartedAt = app.Clock.GetUtcNow(),
                FinishedAt = app.Clock.GetUtcNow(), Succeeded = false, Message = "timeout",
            });
            await db.SaveChangesAsync(Ct);
        }

        var item = Assert.Single(await PendingWorkAsync(app, TestUsers.Auditor));

        Assert.Equal(PendingWorkUrgency.Warning, item.Urgency);
        Assert.Equal("系统每日校验（2026-11-27 10:00）：校验未能完成，请在审计日志页重新校验。", item.Text);
    }

    [Fact]
    public async Task A_broken_chain_found_by_the_daily_check_is_a_critical_item_for_the_Auditor_only()
    {
        await using var app = await TestApp.CreateAsync();
        for (var i = 1; i <= 3; i++)
        {
            await AuditTestData.AddUnitAsync(app.CreateDbContext, TestUsers.Supervisor, $"单位{i}", $"U{i}");
        }

        await AuditTestData.TamperAsync(app.CreateDbContext, """UPDATE "AuditEntries" SET "UserName" = 'x' WHERE "Sequence" = 2""");

        await RunDailyJobsAsync(app);

        var run = await LatestRunAsync(app);
        Assert.True(run.Succeeded, run.Message);
        Assert.Equal(2, AuditChainCheckJob.BrokenAt(run.Message));
        var item = Assert.Single(await PendingWorkAsync(app, TestUsers.Auditor));
        Assert.Equal(PendingWorkUrgency.Critical, item.Urgency);
        Assert.Equal("/audit", item.Href);
        Assert.Contains("第 2 条", item.Text, StringComparison.Ordinal);
        Assert.StartsWith($"系统每日校验（{CheckedAt(run)}）：", item.Text, StringComparison.Ordinal);
        Assert.Empty(await PendingWorkAsync(app, TestUsers.Admin));
        Assert.Empty(await PendingWorkAsync(app, TestUsers.Supervisor));
    }

    [Fact]
    public async Task Only_the_latest_finished_check_counts_so_a_later_intact_run_clears_the_critical_item()
    {
        await using var app = await TestApp.CreateAsync();
        await using (var db = app.CreateDbContext(UserScope.System))
        {
            var day = ChinaTime.Today(app.Clock);
            var at = app.Clock.GetUtcNow();
            var broken = AuditChainCheckJob.Describe(new AuditVerdict(1, new AuditChainBreak(2, 2, AuditBreakReason.ContentsAltered)));
            var intact = AuditChainCheckJob.Describe(new AuditVerdict(5, null));
            db.JobRuns.Add(new JobRun { JobName = AuditChainCheckJob.JobName, Day = day, StartedAt = at, FinishedAt = at, Succeeded = true, Message = broken });
            await db.SaveChangesAsync(Ct);
            Assert.Equal(PendingWorkUrgency.Critical, Assert.Single(await PendingWorkAsync(app, TestUsers.Auditor)).Urgency);

            db.JobRuns.Add(new JobRun { JobName = AuditChainCheckJob.JobName, Day = day.AddDays(1), StartedAt = at.AddDays(1), FinishedAt = at.AddDays(1), Succeeded = true, Message = intact });
            // A run still going (claimed, not finished) says nothing yet.
            db.JobRuns.Add(new JobRun { JobName = AuditChainCheckJob.JobName, Day = day.AddDays(2), StartedAt = at.AddDays(2) });
            await db.SaveChangesAsync(Ct);
        }

        var item = Assert.Single(await PendingWorkAsync(app, TestUsers.Auditor));
        Assert.Equal(PendingWorkUrgency.Normal, item.Urgency);
        Assert.Equal("系统每日校验（2026-11-28 10:00）：审计日志完整，已核对 5 条。", item.Text);
    }

    /// <summary>When the run finished, as the home page words it: China time, to the minute.</summary>
    private static string CheckedAt(JobRun run) =>
        ChinaTime.ToChina(run.FinishedAt!.Value).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Runs the day's jobs the way the app's runner does, which also stores each run.</summary>
    private static Task RunDailyJobsAsync(TestApp app)
    {
        var runner = new DailyJobRunner(
            app.Services.GetRequiredService<IServiceScopeFactory>(),
            app.Clock,
            app.Services.GetRequiredService<IConfiguration>(),
            app.Services.GetRequiredService<ILogger<DailyJobRunner>>());
        return runner.RunAllAsync(ChinaTime.Today(app.Clock), Ct);
    }

    private static async Task<JobRun> LatestRunAsync(TestApp app)
    {
        await using var db = app.CreateDbContext(UserScope.System);
        return await db.JobRuns.SingleAsync(r => r.JobName == AuditChainCheckJob.JobName, Ct);
    }

    private static async Task<IReadOnlyList<PendingWorkItem>> PendingWorkAsync(TestApp app, System.Security.Claims.ClaimsPrincipal user)
    {
        await using var scope = app.ScopeFor(user);
        return await scope.ServiceProvider.GetRequiredService<HomeService>().GetPendingWorkAsync(Ct);
    }
}
