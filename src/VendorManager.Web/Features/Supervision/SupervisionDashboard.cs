using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using VendorManager.Domain.Common;
using VendorManager.Domain.Supervision;
using VendorManager.Persistence;
using VendorManager.Web.Features.Home;

namespace VendorManager.Web.Features.Supervision;

/// <summary>
/// Rectification items (整改项) by state, Overdue told apart by the deadline as the list does, for the
/// Supervisor (county-wide), a host unit (its own) and an agency (those on the accounts it runs); for the Supervisor also the items by the
/// notice's eight categories (all items, as the list filtered by category shows them).
/// </summary>
public sealed class SupervisionDashboard(IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock, IStringLocalizer<SupervisionText> L)
    : IDashboardSource
{
    public async Task<IReadOnlyList<DashboardPanel>> GetAsync(UserScope scope, CancellationToken cancellationToken)
    {
        var supervisor = SupervisionAccess.IsSupervisor(scope);
        if (!SupervisionAccess.SeesRectifications(scope))
        {
            return [];
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var today = ChinaTime.Today(clock);
        var counts = await RectificationService.CountByStateAsync(RectificationService.Visible(db), today, cancellationToken);
        var byState = Enum.GetValues<RectificationState>()
            .Select(state => new DashboardFigure(L["State." + state], counts[state], $"{SupervisionPaths.Rectifications}?state={state}"))
            .ToList();

        var panels = new List<DashboardPanel> { new("rectifications-by-state", 30, L["Dashboard.ByState"], DashboardChart.Bar, byState) };
        if (supervisor)
        {
            var byCategory = await db.RectificationItems.AsNoTracking()
                .GroupBy(r => r.Category)
                .Select(g => new { Category = g.Key, Count = g.Count() })
                .ToListAsync(cancellationToken);
            panels.Add(new("rectifications-by-category", 31, L["Dashboard.ByCategory"], DashboardChart.Bar, byCategory
                .OrderBy(c => c.Category)
                .Select(c => new DashboardFigure(L["Category." + c.Category], c.Count, $"{SupervisionPaths.Rectifications}?category={c.Category}"))
                .ToList()));
        }

        return panels;
    }
}
