using VendorManager.Domain.Accounts;

namespace VendorManager.Web.Features.Accounts;

/// <summary>
/// The activity thresholds from settings (<c>Accounts:NotUpdatedDays</c>, <c>Accounts:ZombieDays</c>);
/// 14 and 90 days unless the deployment says otherwise.
/// </summary>
public static class AccountSettings
{
    public const string NotUpdatedDaysKey = "Accounts:NotUpdatedDays";
    public const string ZombieDaysKey = "Accounts:ZombieDays";

    public static ActivityThresholds Read(IConfiguration configuration)
    {
        var thresholds = new ActivityThresholds
        {
            NotUpdatedAfterDays = configuration.GetValue(NotUpdatedDaysKey, ActivityThresholds.Default.NotUpdatedAfterDays),
            ZombieAfterDays = configuration.GetValue(ZombieDaysKey, ActivityThresholds.Default.ZombieAfterDays),
        };

        // A wrong setting should stop the app at start, not show wrong flags for months.
        thresholds.EnsureValid();
        return thresholds;
    }

    /// <summary>The county office's time limit for a filing (<c>Filings:TimeLimitWorkingDays</c>), 5 working days unless set.</summary>
    public const string FilingTimeLimitKey = "Filings:TimeLimitWorkingDays";

    public static FilingTimeLimit ReadFilingTimeLimit(IConfiguration configuration)
    {
        var days = configuration.GetValue(FilingTimeLimitKey, FilingTimeLimit.Default.WorkingDays);
        // As with the thresholds: a wrong setting stops the app at start.
        return days is > 0 and <= 60
            ? new FilingTimeLimit(days)
            : throw new InvalidOperationException($"{FilingTimeLimitKey} must be between 1 and 60 working days, not {days}.");
    }
}

/// <summary>How many working days the county office has to accept or return a submitted filing (备案办理时限).</summary>
public sealed record FilingTimeLimit(int WorkingDays)
{
    public static FilingTimeLimit Default { get; } = new(5);
}
