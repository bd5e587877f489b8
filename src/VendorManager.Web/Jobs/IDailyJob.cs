namespace VendorManager.Web.Jobs;

/// <summary>
/// A job that runs once a day (at the first start of the day, then at 00:00 China Standard Time), on
/// one instance only however many run (see <see cref="DailyJobRunner"/>). Jobs must still be
/// idempotent for a day: a run whose instance died, or that failed, is run again.
/// </summary>
public interface IDailyJob
{
    /// <summary>Stable name, recorded with each run.</summary>
    string Name { get; }

    /// <summary>Does the day's work as the system user; returns a one-line summary for the run log.</summary>
    Task<string> RunAsync(DateOnly day, CancellationToken cancellationToken);
}
