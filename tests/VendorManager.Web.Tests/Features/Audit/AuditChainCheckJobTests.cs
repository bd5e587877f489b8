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
    public async Task An_intact_chain_is_summarised_as_intact_and_puts_nothing_on_the_Auditors_home_page()
    {
        await using var app = await TestApp.CreateAsync();
        await AuditTestData.AddUnitAsync(app.CreateDbContext, TestUsers.Supervisor, "城关镇", "CG");
        await AuditTestData.AddUnitAsync(app.CreateDbContext, TestUsers.Supervisor, "青山镇", "QS");

        await RunDailyJobsAsync(app);

        var run = await LatestRunAsync(app);
        Assert.True(run.Succeeded, run.Message);
        Assert.Equal("Audit chain intact: 2 entries checked.", run.Message);
        Assert.Empty(await PendingWorkAsync(app, TestUsers.Auditor));
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
        Assert.Empty(await PendingWorkAsync(app, TestUsers.Admin));
        Assert.Empty(await PendingWorkAsync(app, TestUsers.Supervisor));
    }

    [Fact]
    public async Task Only_the_latest_check_counts_so_a_later_intact_run_clears_the_item()
    {
        await using var app = await TestApp.CreateAsync();
        await using (var db = app.CreateDbContext(UserScope.System))
        {
            var day = ChinaTime.Today(app.Clock);
            var broken = AuditChainCheckJob.Describe(new AuditVerdict(1, new AuditChainBreak(2, 2, AuditBreakReason.ContentsAltered)));
            var intact = AuditChainCheckJob.Describe(new AuditVerdict(5, null));
            db.JobRuns.Add(new JobRun { JobName = AuditChainCheckJob.JobName, Day = day, Succeeded = true, Message = broken });
            await db.SaveChangesAsync(Ct);
            Assert.Single(await PendingWorkAsync(app, TestUsers.Auditor));

            db.JobRuns.Add(new JobRun { JobName = AuditChainCheckJob.JobName, Day = day.AddDays(1), Succeeded = true, Message = intact });
            await db.SaveChangesAsync(Ct);
        }

        Assert.Empty(await PendingWorkAsync(app, TestUsers.Auditor));
    }

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
