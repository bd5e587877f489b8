namespace VendorManager.Web.Jobs;

/// <summary>
/// A job that runs once at start and then every day at 00:00 China Standard Time. Jobs must be
/// idempotent for a day: a restart runs the day's jobs again.
/// </summary>
public interface IDailyJob
{
    /// <summary>Stable name, recorded with each run.</summary>
    string Name { get; }

    /// <summary>Does the day's work as the system user; returns a one-line summary for the run log.</summary>
    Task<string> RunAsync(DateOnly day, CancellationToken cancellationToken);
}
