using VendorManager.Web.Jobs;

namespace VendorManager.Web.Tests.Jobs;

/// <summary>How often a test job really ran, across every instance that shares this object.</summary>
public sealed class JobCounter
{
    private int _runs;

    public int Runs => Volatile.Read(ref _runs);

    /// <summary>Each run takes this long, so that two instances' runs would overlap.</summary>
    public TimeSpan Duration { get; init; } = TimeSpan.FromMilliseconds(300);

    /// <summary>Runs throw instead of finishing.</summary>
    public bool Fails { get; set; }

    public async Task<string> RunAsync(CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _runs);
        await Task.Delay(Duration, cancellationToken);
        return Fails ? throw new InvalidOperationException("the test job failed") : "counted";
    }
}

/// <summary>A daily job that only counts its runs.</summary>
public sealed class CountingJob(JobCounter counter) : IDailyJob
{
    public const string JobName = "test-counting";

    public string Name => JobName;

    public Task<string> RunAsync(DateOnly day, CancellationToken cancellationToken) => counter.RunAsync(cancellationToken);
}

/// <summary>
/// The last job of a pass, under a name of its own on each app instance, so that each instance runs its
/// own: once it has run on every instance, every instance has been through all the jobs before it.
/// </summary>
public sealed class PassEndJob(PassEnds ends, PassEndJob.Instance instance) : IDailyJob
{
    /// <summary>One per app instance (a singleton of each instance's container).</summary>
    public sealed class Instance
    {
        public string Id { get; } = Guid.NewGuid().ToString("N")[..8];
    }

    public const string NamePrefix = "test-pass-end-";

    public string Name => NamePrefix + instance.Id;

    public Task<string> RunAsync(DateOnly day, CancellationToken cancellationToken)
    {
        ends.Ended();
        return Task.FromResult("pass ended");
    }
}

/// <summary>The instances whose pass of the day's jobs has ended, across every instance that shares this object.</summary>
public sealed class PassEnds(int instances)
{
    private readonly TaskCompletionSource _all = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _ended;

    /// <summary>Completes when every instance's pass has ended.</summary>
    public Task All => _all.Task;

    public void Ended()
    {
        if (Interlocked.Increment(ref _ended) == instances)
        {
            _all.TrySetResult();
        }
    }
}
