using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using VendorManager.Domain.Common;
using VendorManager.Domain.Supervision;
using VendorManager.Persistence;
using VendorManager.Web.Features.Home;

namespace VendorManager.Web.Features.Supervision;

/// <summary>
/// On the home pages. Host unit: its items to rectify, returned ones (warning) and overdue ones
/// (critical). Supervisor: submissions waiting for verification and overdue items county-wide.
/// </summary>
public sealed class SupervisionPendingWork(IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock, IStringLocalizer<SupervisionText> L)
    : IPendingWorkSource
{
    public async Task<IReadOnlyList<PendingWorkItem>> GetAsync(UserScope scope, CancellationToken cancellationToken)
    {
        var supervisor = SupervisionAccess.IsSupervisor(scope);
        if (!supervisor && SupervisionAccess.OwnUnit(scope) is null)
        {
            return [];
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var today = ChinaTime.Today(clock);
        var items = new List<PendingWorkItem>();
        var counts = await RectificationService.CountByStateAsync(db.RectificationItems, today, cancellationToken);
        void Add(RectificationState state, string key, PendingWorkUrgency urgency)
        {
            if (counts[state] is var count and > 0)
            {
                items.Add(new PendingWorkItem(L[key, count], $"{SupervisionPaths.Rectifications}?state={state}", count, urgency));
            }
        }

        if (supervisor)
        {
            Add(RectificationState.Submitted, "PendingWork.ToVerify", PendingWorkUrgency.Normal);
            Add(RectificationState.Overdue, "PendingWork.OverdueCounty", PendingWorkUrgency.Warning);
        }
        else
        {
            Add(RectificationState.Overdue, "PendingWork.Overdue", PendingWorkUrgency.Critical);
            Add(RectificationState.Returned, "PendingWork.Returned", PendingWorkUrgency.Warning);
            Add(RectificationState.Open, "PendingWork.Open", PendingWorkUrgency.Normal);
        }

        return items;
    }
}
