using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using VendorManager.Domain.Common;
using VendorManager.Persistence.Jobs;
using VendorManager.Web.Jobs;
using VendorManager.Web.Tests.Infrastructure;

namespace VendorManager.Web.Tests.Jobs;

public sealed class DailyJobRunnerTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Task<TestApp> AppWithCountingJobAsync(JobCounter counter) =>
        TestApp.CreateAsync(configureServices: services =>
        {
            services.AddSingleton(counter);
            services.AddDailyJob<CountingJob>();
        });

    /// <summary>A runner as each instance of the app has one; several over one database act as several instances.</summary>
    private static DailyJobRunner Runner(TestApp app) => new(
        app.Services.GetRequiredService<IServiceScopeFactory>(),
        app.Clock,
        app.Services.GetRequiredService<IConfiguration>(),
        app.Services.GetRequiredService<ILogger<DailyJobRunner>>());

    private static async Task<JobRun> RunOfAsync(TestApp app, DateOnly day)
    {
        await using var db = app.CreateDbContext(UserScope.System);
        return await db.JobRuns.AsNoTracking().SingleAsync(r => r.JobName == CountingJob.JobName && r.Day == day, Ct);
    }

    [Fact]
    public async Task Three_instances_starting_together_run_each_job_once()
    {
        var counter = new JobCounter();
        await using var app = await AppWithCountingJobAsync(counter);
        var today = ChinaTime.Today(app.Clock);

        await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Task.Run(() => Runner(app).RunAllAsync(today, Ct), Ct)));

        Assert.Equal(1, counter.Runs);
        var run = await RunOfAsync(app, today);
        Assert.True(run.Succeeded);
        Assert.Equal(1, run.Attempts);
        Assert.NotNull(run.FinishedAt);
        await using var db = app.CreateDbContext(UserScope.System);
        // The app's own jobs ran once each as well.
        Assert.All(
            await db.JobRuns.GroupBy(r => r.JobName).Select(g => g.Count()).ToListAsync(Ct),
            count => Assert.Equal(1, count));
    }

    [Fact]
    public async Task A_restart_the_same_day_does_not_run_a_finished_job_again_and_the_next_day_runs_it()
    {
        var counter = new JobCounter();
        await using var app = await AppWithCountingJobAsync(counter);
        var today = ChinaTime.Today(app.Clock);

        await Runner(app).RunAllAsync(today, Ct);
        await Runner(app).RunAllAsync(today, Ct);
        Assert.Equal(1, counter.Runs);

        await Runner(app).RunAllAsync(today.AddDays(1), Ct);
        Assert.Equal(2, counter.Runs);
    }

    [Fact]
    public async Task A_run_left_unfinished_by_a_dead_instance_is_taken_over_once_its_lease_has_expired()
    {
        var counter = new JobCounter();
        await using var app = await AppWithCountingJobAsync(counter);
        var today = ChinaTime.Today(app.Clock);
        await using (var db = app.CreateDbContext(UserScope.System))
        {
            var now = app.Clock.GetUtcNow();
            db.JobRuns.Add(new JobRun
            {
                JobName = CountingJob.JobName, Day = today, StartedAt = now, LeaseExpiresAt = now.AddHours(1), Instance = "dead",
            });
            await db.SaveChangesAsync(Ct);
        }

        await Runner(app).RunAllAsync(today, Ct);
        Assert.Equal(0, counter.Runs);

        app.Clock.Advance(TimeSpan.FromMinutes(61));
        await Runner(app).RunAllAsync(today, Ct);

        Assert.Equal(1, counter.Runs);
        var run = await RunOfAsync(app, today);
        Assert.Equal(2, run.Attempts);
        Assert.True(run.Succeeded);
        Assert.NotEqual("dead", run.Instance);
    }

    [Fact]
    public async Task A_failing_job_is_tried_three_times_a_day_and_no_more()
    {
        var counter = new JobCounter { Fails = true, Duration = TimeSpan.Zero };
        await using var app = await AppWithCountingJobAsync(counter);
        var today = ChinaTime.Today(app.Clock);
        var runner = Runner(app);

        for (var poll = 0; poll < 5; poll++)
        {
            await runner.RunAllAsync(today, Ct);
        }

        Assert.Equal(DailyJobRunner.MaxAttempts, counter.Runs);
        var run = await RunOfAsync(app, today);
        Assert.False(run.Succeeded);
        Assert.Equal("the test job failed", run.Message);
        Assert.Equal(DailyJobRunner.MaxAttempts, run.Attempts);
    }

    [Fact]
    public async Task A_retry_that_succeeds_is_recorded_as_a_success()
    {
        var counter = new JobCounter { Fails = true, Duration = TimeSpan.Zero };
        await using var app = await AppWithCountingJobAsync(counter);
        var today = ChinaTime.Today(app.Clock);

        await Runner(app).RunAllAsync(today, Ct);
        counter.Fails = false;
        await Runner(app).RunAllAsync(today, Ct);
        await Runner(app).RunAllAsync(today, Ct);

        Assert.Equal(2, counter.Runs);
        var run = await RunOfAsync(app, today);
        Assert.True(run.Succeeded);
        Assert.Equal("counted", run.Message);
    }
}
