namespace VendorManager.Persistence.Jobs;

/// <summary>
/// One daily job's run for one day, and the lease that makes it run once across all instances: the
/// instance that inserts the row (unique per job and day) runs the job; the others see the row and
/// skip. A run whose instance died keeps its row unfinished until the lease expires; then another
/// instance may take it over, as it may a failed run, up to a few attempts a day.
/// </summary>
public sealed class JobRun
{
    public long Id { get; set; }

    public string JobName { get; set; } = string.Empty;

    /// <summary>The CST day the run was for; jobs are idempotent per day.</summary>
    public DateOnly Day { get; set; }

    public DateTimeOffset StartedAt { get; set; }

    public DateTimeOffset? FinishedAt { get; set; }

    public bool Succeeded { get; set; }

    public string Message { get; set; } = string.Empty;

    /// <summary>Until then the instance that claimed the run owns it, finished or not.</summary>
    public DateTimeOffset LeaseExpiresAt { get; set; }

    /// <summary>Which instance claimed it (host name and process id), for operators.</summary>
    public string Instance { get; set; } = string.Empty;

    /// <summary>How many times the run was claimed this day (a takeover or a retry adds one).</summary>
    public int Attempts { get; set; } = 1;
}
