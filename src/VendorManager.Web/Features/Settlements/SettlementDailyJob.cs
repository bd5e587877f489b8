using VendorManager.Web.Jobs;

namespace VendorManager.Web.Features.Settlements;

/// <summary>
/// Once a day, as the system: a settlement for every Final evaluation that has none, and a
/// recalculation of Calculated or Held ones whose evaluation was reopened and is Final again, month by
/// month with one transaction each. Depends only on what is stored, so a second run the same day finds
/// nothing to do, and a run stopped halfway is finished by the next.
/// </summary>
public sealed class SettlementDailyJob(SettlementGenerator generator) : IDailyJob
{
    public const string JobName = "SettlementGeneration";

    public string Name => JobName;

    public async Task<string> RunAsync(DateOnly day, CancellationToken cancellationToken) =>
        (await generator.RunAsync(month: null, cancellationToken)).ToString();
}
