using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using VendorManager.Domain.Accounts;
using VendorManager.Domain.Common;
using VendorManager.Persistence;
using VendorManager.Web.Features.Home;

namespace VendorManager.Web.Features.Accounts;

/// <summary>
/// Home-page panels on accounts. Supervisor: accounts in use by platform and by unit (the ten units
/// with most), and the activity flags. Host unit: the same for its own accounts, without the units.
/// Counts are grouped in SQL; each links to the inventory filtered the same way.
/// </summary>
public sealed class AccountsDashboard(
    IDbContextFactory<AppDbContext> dbFactory,
    ActivityThresholds thresholds,
    TimeProvider clock,
    IStringLocalizer<AccountsText> L) : IDashboardSource
{
    private const int TopUnits = 10;

    public async Task<IReadOnlyList<DashboardPanel>> GetAsync(UserScope scope, CancellationToken cancellationToken)
    {
        var supervisor = scope.IsInRole(Roles.Supervisor);
        if (!supervisor && !scope.IsInRole(Roles.HostUnit))
        {
            return [];
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var today = ChinaTime.Today(clock);
        var inUse = db.Accounts.AsNoTracking().Where(a => a.Status == AccountStatus.Active);
        // By platform with both activity flags (only accounts in use carry one): one pass over the accounts in use.
        var byPlatform = await inUse.CountFlagsByAsync(a => a.Platform, today, thresholds, cancellationToken);
        var panels = new List<DashboardPanel>
        {
            new("accounts-by-platform", 10, L["Dashboard.ByPlatform"], DashboardChart.Bar, byPlatform
                .OrderByDescending(p => p.Count).ThenBy(p => p.Key)
                .Select(p => new DashboardFigure(L["Platform." + p.Key], p.Count, $"/accounts?status={AccountStatus.Active}&platform={p.Key}"))
                .ToList()),
        };

        if (supervisor)
        {
            var byUnit = await inUse.GroupBy(a => a.HostUnitId)
                .Select(g => new { UnitId = g.Key, Count = g.Count() })
                .OrderByDescending(g => g.Count).ThenBy(g => g.UnitId)
                .Take(TopUnits)
                .Join(db.HostUnits, g => g.UnitId, u => u.Id, (g, u) => new { g.UnitId, u.Name, g.Count })
                .ToListAsync(cancellationToken);
            panels.Add(new("accounts-by-unit", 11, L["Dashboard.ByUnit", TopUnits], DashboardChart.Bar, byUnit
                .OrderByDescending(u => u.Count).ThenBy(u => u.UnitId)
                .Select(u => new DashboardFigure(u.Name, u.Count, $"/accounts?status={AccountStatus.Active}&unit={u.UnitId}"))
                .ToList()));
        }

        var notUpdated = byPlatform.Sum(p => p.NotUpdated);
        var zombie = byPlatform.Sum(p => p.Zombie);
        panels.Add(new("account-flags", 12, L["Dashboard.Flags"], DashboardChart.Figures,
        [
            new(L["Flag.NotUpdated"], notUpdated, $"/accounts?flag={ActivityFlag.NotUpdated}"),
            new(L["Flag.Zombie"], zombie, $"/accounts?flag={ActivityFlag.Zombie}"),
        ]));
        return panels;
    }
}
