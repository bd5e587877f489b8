namespace VendorManager.Persistence.Jobs;

/// <summary>One run of a daily background job, kept so that operators can see what ran and how it ended.</summary>
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
}
