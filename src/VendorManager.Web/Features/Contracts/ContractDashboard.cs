using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using VendorManager.Domain.Common;
using VendorManager.Domain.Contracts;
using VendorManager.Persistence;
using VendorManager.Web.Features.Home;

namespace VendorManager.Web.Features.Contracts;

/// <summary>Contracts by lifecycle state, for every role that sees contracts, within its scope; each state links to the list filtered by it.</summary>
public sealed class ContractDashboard(IDbContextFactory<AppDbContext> dbFactory, IStringLocalizer<ContractText> L) : IDashboardSource
{
    public async Task<IReadOnlyList<DashboardPanel>> GetAsync(UserScope scope, CancellationToken cancellationToken)
    {
        if (!ContractAccess.MayView(scope))
        {
            return [];
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var byState = await db.Contracts.AsNoTracking()
            .GroupBy(c => c.State)
            .Select(g => new { State = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return
        [
            new("contracts-by-state", 20, L["Dashboard.ByState"], DashboardChart.Donut, byState
                .OrderBy(s => s.State)
                .Select(s => new DashboardFigure(L["State." + s.State], s.Count, $"/contracts?state={s.State}"))
                .ToList()),
        ];
    }
}
