using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using VendorManager.Domain.Common;
using VendorManager.Domain.Staff;
using VendorManager.Persistence;
using VendorManager.Web.Features.Home;

namespace VendorManager.Web.Features.Staff;

/// <summary>
/// On the agency's home page (its own people) and procurement's (everyone): passes that run out within
/// 30 days and, more urgently, within 7; on procurement's also the checks waiting for a result.
/// </summary>
public sealed class StaffPendingWork(
    IDbContextFactory<AppDbContext> dbFactory,
    TimeProvider clock,
    IStringLocalizer<StaffText> L) : IPendingWorkSource
{
    public const string ListHref = "/staff";
    public const string QueueHref = "/staff/checks";

    public async Task<IReadOnlyList<PendingWorkItem>> GetAsync(UserScope scope, CancellationToken cancellationToken)
    {
        if (scope.Role is not (Roles.Agency or Roles.Procurement))
        {
            return [];
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var today = ChinaTime.Today(clock);
        var horizon = today.AddDays(BackgroundCheckWatch.FirstWarningDays);
        // Only someone with a pass ending within the window can be warned about: those people alone are
        // loaded for the domain's rule (everyone in scope was, ≈12,000 on the province: docs/PERFORMANCE.md).
        var people = await db.StaffMembers.AsNoTracking().Include(s => s.Checks)
            .Where(s => s.Status == StaffStatus.Active
                && s.Checks.Any(c => c.Result == BackgroundCheckResult.Passed && c.ValidUntil >= today && c.ValidUntil <= horizon))
            .ToListAsync(cancellationToken);
        var within30 = BackgroundCheckWatch.ExpiringPasses(people, today, BackgroundCheckWatch.FirstWarningDays);
        var within7 = within30.Count(e => e.DaysLeft <= BackgroundCheckWatch.FinalWarningDays);

        var items = new List<PendingWorkItem>();
        if (within7 > 0)
        {
            items.Add(new(L["PendingWork.Expiring7", within7], ListHref, within7, PendingWorkUrgency.Warning));
        }

        if (within30.Count > within7)
        {
            var later = within30.Count - within7;
            items.Add(new(L["PendingWork.Expiring30", later], ListHref, later));
        }

        if (scope.IsInRole(Roles.Procurement))
        {
            var toRecord = await db.BackgroundChecks.CountAsync(c => c.Result == null, cancellationToken);
            if (toRecord > 0)
            {
                items.Add(new(L["PendingWork.ToRecord", toRecord], QueueHref, toRecord));
            }
        }

        return items;
    }
}
