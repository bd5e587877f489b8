using Microsoft.EntityFrameworkCore;
using VendorManager.Domain.Common;
using VendorManager.Persistence;
using VendorManager.Persistence.Jobs;
using VendorManager.Web.Security;

namespace VendorManager.Web.Jobs;

/// <summary>The one place daily jobs run: at start, then at each 00:00 CST; every run is logged and stored.</summary>
public sealed class DailyJobRunner(
    IServiceScopeFactory scopes,
    TimeProvider clock,
    IConfiguration configuration,
    ILogger<DailyJobRunner> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!configuration.GetValue("Jobs:Enabled", true))
        {
            logger.LogInformation("Daily jobs are disabled by configuration (Jobs:Enabled=false)");
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            await RunAllAsync(ChinaTime.Today(clock), stoppingToken);
            var nextMidnight = ChinaTime.StartOfDay(ChinaTime.Today(clock).AddDays(1));
            var wait = nextMidnight - clock.GetUtcNow();
            try
            {
                await Task.Delay(wait > TimeSpan.Zero ? wait : TimeSpan.Zero, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>Runs every registered job for the day, each in its own scope; one failing job does not stop the rest.</summary>
    public async Task RunAllAsync(DateOnly day, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        foreach (var job in scope.ServiceProvider.GetServices<IDailyJob>().Select(j => j.GetType()))
        {
            await RunOneAsync(job, day, cancellationToken);
        }
    }

    private async Task RunOneAsync(Type jobType, DateOnly day, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().UseSystem();
        var job = scope.ServiceProvider.GetServices<IDailyJob>().Single(j => j.GetType() == jobType);
        var run = new JobRun { JobName = job.Name, Day = day, StartedAt = clock.GetUtcNow() };
        try
        {
            run.Message = await job.RunAsync(day, cancellationToken);
            run.Succeeded = true;
            logger.LogInformation("Daily job {Job} for {Day} finished: {Message}", job.Name, day, run.Message);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            run.Message = ex.Message;
            logger.LogError(ex, "Daily job {Job} for {Day} failed", job.Name, day);
        }

        run.FinishedAt = clock.GetUtcNow();
        var factory = scope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>();
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        db.JobRuns.Add(run);
        await db.SaveChangesAsync(cancellationToken);
    }
}
