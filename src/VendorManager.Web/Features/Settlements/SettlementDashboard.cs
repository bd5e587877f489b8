using Microsoft.Extensions.Localization;
using VendorManager.Domain.Common;
using VendorManager.Domain.Settlements;
using VendorManager.Web.Features.Home;

namespace VendorManager.Web.Features.Settlements;

/// <summary>
/// Finance's panels: settlements to approve, held and overdue, and the latest settled month's totals
/// (base, payable, withheld), each linking to the ledger filtered the same way. The figures are the
/// ones the pending-work lines show (one summary), within the user's unit or the county.
/// </summary>
public sealed class SettlementDashboard(SettlementPendingWork work, IStringLocalizer<SettlementsText> L) : IDashboardSource
{
    public async Task<IReadOnlyList<DashboardPanel>> GetAsync(UserScope scope, CancellationToken cancellationToken)
    {
        if (!scope.IsInRole(Roles.Finance))
        {
            return [];
        }

        var summary = await work.SummaryAsync(cancellationToken);
        var panels = new List<DashboardPanel>
        {
            new("settlement-work", 50, L["Dashboard.Work"], DashboardChart.Figures,
            [
                new(L["Dashboard.AwaitingApproval"], summary.Calculated, SettlementPaths.Ledger(status: SettlementStatus.Calculated)),
                new(L["Dashboard.Held"], summary.Held, SettlementPaths.Ledger(status: SettlementStatus.Held)),
                new(L["Dashboard.Overdue"], summary.Overdue, SettlementPaths.Ledger(overdue: true)),
            ]),
        };
        if (summary.Month is { } month)
        {
            var totals = summary.Totals;
            var ledger = SettlementPaths.Ledger(month: month);
            panels.Add(new("settlement-month", 51, L["Dashboard.MonthTotals", SettlementWords.Month(month)], DashboardChart.Figures,
            [
                new(L["Dashboard.Count"], totals.Count, ledger),
                new(L["Dashboard.Base"], (double)totals.Base.Yuan, ledger, totals.Base.ToString()),
                new(L["Dashboard.Payable"], (double)totals.Payable.Yuan, ledger, totals.Payable.ToString()),
                new(L["Dashboard.Withheld"], (double)totals.Withheld.Yuan, ledger, totals.Withheld.ToString()),
            ]));
        }

        return panels;
    }
}
