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
        async Task AddAsync(RectificationState state, string key, PendingWorkUrgency urgency)
        {
            var count = await RectificationService.Filtered(db.RectificationItems, new RectificationFilter(State: state), today).CountAsync(cancellationToken);
            if (count > 0)
            {
                items.Add(new PendingWorkItem(L[key, count], $"{SupervisionPaths.Rectifications}?state={state}", count, urgency));
            }
        }

        if (supervisor)
        {
            await AddAsync(RectificationState.Submitted, "PendingWork.ToVerify", PendingWorkUrgency.Normal);
            await AddAsync(RectificationState.Overdue, "PendingWork.OverdueCounty", PendingWorkUrgency.Warning);
        }
        else
        {
            await AddAsync(RectificationState.Overdue, "PendingWork.Overdue", PendingWorkUrgency.Critical);
            await AddAsync(RectificationState.Returned, "PendingWork.Returned", PendingWorkUrgency.Warning);
            await AddAsync(RectificationState.Open, "PendingWork.Open", PendingWorkUrgency.Normal);
        }

        return items;
    }
}
