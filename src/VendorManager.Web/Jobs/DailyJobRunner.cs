using Microsoft.EntityFrameworkCore;
using VendorManager.Domain.Common;
using VendorManager.Persistence;
using VendorManager.Persistence.Jobs;
using VendorManager.Web.Features.Shared;
using VendorManager.Web.Security;

namespace VendorManager.Web.Jobs;

/// <summary>
/// The one place daily jobs run: once the app has started (listens), then every <c>Jobs:PollInterval</c>
/// and at each 00:00 CST.
/// Each job runs once a day across every instance on the database: an instance runs a job only after
/// claiming that day's <see cref="JobRun"/> (a unique row per job and day, see there); every run is
/// logged and stored.
/// </summary>
public sealed class DailyJobRunner(
    IServiceScopeFactory scopes,
    TimeProvider clock,
    IConfiguration configuration,
    ILogger<DailyJobRunner> logger,
    IHostApplicationLifetime? lifetime = null) : BackgroundService
{
    /// <summary>A failed run is tried again at later polls, up to this many attempts a day.</summary>
    public const int MaxAttempts = 3;

    private const int MessageLength = 2000;

    // Two instances on one machine (or two test hosts in one process) must still be told apart.
    private readonly string _instance = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid().ToString("N")[..8]}";

    /// <summary>How long a claimed run belongs to its instance; a run still unfinished then counts as abandoned.</summary>
    private TimeSpan Lease => configuration.GetValue("Jobs:LeaseDuration", TimeSpan.FromHours(1));

    /// <summary>How often an instance looks for runs to take over (abandoned or failed).</summary>
    private TimeSpan PollInterval => configuration.GetValue("Jobs:PollInterval", TimeSpan.FromMinutes(15));

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!configuration.GetValue("Jobs:Enabled", true))
        {
            logger.LogInformation("Daily jobs are disabled by configuration (Jobs:Enabled=false)");
            return;
        }

        // After the app listens: the day's jobs otherwise run alongside the start-up (model building, the
        // key ring, Kestrel) on the same cores and database, and delay the first page (docs/PERFORMANCE.md).
        if (!await StartedAsync(stoppingToken))
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            var today = ChinaTime.Today(clock);
            await RunAllAsync(today, stoppingToken);
            var untilMidnight = ChinaTime.StartOfDay(today.AddDays(1)) - clock.GetUtcNow();
            var wait = untilMidnight < PollInterval ? untilMidnight : PollInterval;
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

    /// <summary>Waits for the host's ApplicationStarted (at once without a host); false when stopped first.</summary>
    private async Task<bool> StartedAsync(CancellationToken stoppingToken)
    {
        if (lifetime is null)
        {
            return true;
        }

        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
        using (stoppingToken.Register(() => started.TrySetCanceled(stoppingToken)))
        {
            try
            {
                await started.Task;
                return true;
            }
            catch (OperationCanceledException)
            {
                return false;
            }
        }
    }

    /// <summary>
    /// Runs every registered job for the day that no instance has run or is running, each in its own
    /// scope; one failing job does not stop the rest.
    /// </summary>
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
        var factory = scope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>();
        if (await ClaimAsync(factory, job.Name, day, cancellationToken) is not { } claim)
        {
            return;
        }

        string message;
        var succeeded = false;
        try
        {
            message = await job.RunAsync(day, cancellationToken);
            succeeded = true;
            logger.LogInformation("Daily job {Job} for {Day} finished: {Message}", job.Name, day, message);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            message = ex.Message;
            logger.LogError(ex, "Daily job {Job} for {Day} failed", job.Name, day);
        }

        var finishedAt = clock.GetUtcNow();
        message = message.Length > MessageLength ? message[..MessageLength] : message;
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        // Only this attempt's row: if the lease ran out meanwhile, the run belongs to whoever took it over.
        await db.JobRuns
            .Where(r => r.Id == claim.Id && r.Attempts == claim.Attempts && r.Instance == _instance)
            .ExecuteUpdateAsync(
                set => set
                    .SetProperty(r => r.FinishedAt, finishedAt)
                    .SetProperty(r => r.Succeeded, succeeded)
                    .SetProperty(r => r.Message, message),
                cancellationToken);
    }

    /// <summary>
    /// Claims the day's run of a job for this instance, or returns null when another instance has it:
    /// the first claim inserts the row (the unique index on job and day lets only one insert win); a
    /// later claim takes over an abandoned or failed run with one conditional update, which again only
    /// one instance can win.
    /// </summary>
    private async Task<(long Id, int Attempts)?> ClaimAsync(
        IDbContextFactory<AppDbContext> factory, string jobName, DateOnly day, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var existing = await db.JobRuns.AsNoTracking()
            .Where(r => r.JobName == jobName && r.Day == day)
            .Select(r => new { r.Id, r.Attempts })
            .SingleOrDefaultAsync(cancellationToken);
        if (existing is null)
        {
            var run = new JobRun
            {
                JobName = jobName,
                Day = day,
                StartedAt = now,
                LeaseExpiresAt = now + Lease,
                Instance = _instance,
            };
            db.JobRuns.Add(run);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return (run.Id, run.Attempts);
            }
            catch (DbUpdateException ex) when (ex.IsUniqueViolation())
            {
                logger.LogInformation("Daily job {Job} for {Day} was claimed by another instance", jobName, day);
                return null;
            }
        }

        var leaseEnd = now + Lease;
        var taken = await db.JobRuns
            .Where(r => r.Id == existing.Id && r.Attempts == existing.Attempts && r.Attempts < MaxAttempts)
            .Where(r => (r.FinishedAt == null && r.LeaseExpiresAt < now) || (r.FinishedAt != null && !r.Succeeded))
            .ExecuteUpdateAsync(
                set => set
                    .SetProperty(r => r.StartedAt, now)
                    .SetProperty(r => r.LeaseExpiresAt, leaseEnd)
                    .SetProperty(r => r.FinishedAt, (DateTimeOffset?)null)
                    .SetProperty(r => r.Instance, _instance)
                    .SetProperty(r => r.Attempts, r => r.Attempts + 1),
                cancellationToken);
        if (taken == 0)
        {
            return null;
        }

        logger.LogWarning("Daily job {Job} for {Day}: attempt {Attempt} after an abandoned or failed run", jobName, day, existing.Attempts + 1);
        return (existing.Id, existing.Attempts + 1);
    }
}
