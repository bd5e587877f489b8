using System.Threading.Channels;
using VendorManager.Domain.Common;
using VendorManager.Web.Security;

namespace VendorManager.Web.Features.PublishedPosts;

/// <summary>
/// The re-checks asked for and not yet run (a singleton). Requests coalesce: while one waits, another adds nothing, since
/// the run takes the list in force when it starts, so a Supervisor adding ten entries in a row causes one run, not ten.
/// </summary>
public sealed class PublishedPostRecheckQueue
{
    private readonly Channel<string> _requests = Channel.CreateBounded<string>(
        new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });

    private DateOnly? _running;

    /// <summary>Asks for a re-check; <paramref name="by"/> is who caused it (the Supervisor who changed the list or asked).</summary>
    public void Request(string by) => _requests.Writer.TryWrite(by);

    public bool IsWaiting => _requests.Reader.Count > 0;

    /// <summary>The month being checked now, if any.</summary>
    public DateOnly? Running => _running;

    /// <summary>Who asked for the waiting re-check, taking it; null when none waits.</summary>
    public string? Take() => _requests.Reader.TryRead(out var by) ? by : null;

    internal ValueTask<bool> WaitAsync(CancellationToken cancellationToken) => _requests.Reader.WaitToReadAsync(cancellationToken);

    internal void SetRunning(DateOnly? month) => _running = month;
}

/// <summary>
/// Runs the re-checks asked for (<see cref="PublishedPostRecheckQueue"/>) in the background, never inside a request: the
/// current and previous month, one after the other, as the system (every unit's posts). Off with the daily jobs
/// (<c>Jobs:Enabled=false</c>, as in the tests, which run <see cref="RunWaitingAsync"/> themselves).
/// </summary>
public sealed class PublishedPostRecheckWorker(
    PublishedPostRecheckQueue queue,
    IServiceScopeFactory scopes,
    TimeProvider clock,
    IConfiguration configuration,
    ILogger<PublishedPostRecheckWorker> logger) : BackgroundService
{
    /// <summary>Runs the waiting re-check, if any: the months of <see cref="PublishedPostRecheckService.MonthsOf"/> today (China time).</summary>
    public async Task RunWaitingAsync(CancellationToken cancellationToken)
    {
        if (queue.Take() is not { } by)
        {
            return;
        }

        try
        {
            foreach (var month in PublishedPostRecheckService.MonthsOf(ChinaTime.Today(clock)))
            {
                queue.SetRunning(month);
                await using var scope = scopes.CreateAsyncScope();
                scope.ServiceProvider.GetRequiredService<CurrentUser>().UseSystem();
                var run = await scope.ServiceProvider.GetRequiredService<PublishedPostRecheckService>().RunAsync(month, by, cancellationToken: cancellationToken);
                logger.LogInformation(
                    "Published posts of {Month:yyyy-MM} re-checked with word list {Version}: {Posts} posts, {Changed} changed, hits {Before} -> {After}",
                    run.Month, run.WordListVersion, run.Posts, run.PostsChanged, run.HitsBefore, run.HitsAfter);
            }
        }
        finally
        {
            queue.SetRunning(null);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!configuration.GetValue("Jobs:Enabled", true))
        {
            return;
        }

        try
        {
            while (await queue.WaitAsync(stoppingToken))
            {
                try
                {
                    await RunWaitingAsync(stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // The next change of the list, or the Supervisor's button, asks again.
                    logger.LogError(e, "The re-check of published posts failed");
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The app is stopping.
        }
    }
}
