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
