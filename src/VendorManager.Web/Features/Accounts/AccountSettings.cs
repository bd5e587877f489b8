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
}
