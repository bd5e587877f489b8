using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using VendorManager.Domain.Common;
using VendorManager.Domain.Settlements;
using VendorManager.Persistence;
using VendorManager.Web.Features.Home;

namespace VendorManager.Web.Features.Settlements;

/// <summary>
/// Finance's home page: settlements awaiting approval, held, overdue payments, and the totals (base,
/// payable, withheld) of the latest month settled. A unit's finance sees its unit's only (the data scope).
/// </summary>
public sealed class SettlementPendingWork(SettlementService settlements, IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock, IStringLocalizer<SettlementsText> L)
    : IPendingWorkSource
{
    public async Task<IReadOnlyList<PendingWorkItem>> GetAsync(UserScope scope, CancellationToken cancellationToken)
    {
        if (!scope.IsInRole(Roles.Finance))
        {
            return [];
        }

        var summary = await SummaryAsync(cancellationToken);
        var items = new List<PendingWorkItem>();
        if (summary.Overdue > 0)
        {
            items.Add(new(L["PendingWork.Overdue", summary.Overdue], SettlementPaths.Ledger(overdue: true), summary.Overdue, PendingWorkUrgency.Critical));
        }

        if (summary.Calculated > 0)
        {
            items.Add(new(L["PendingWork.AwaitingApproval", summary.Calculated], SettlementPaths.Ledger(status: SettlementStatus.Calculated), summary.Calculated));
        }

        if (summary.Held > 0)
        {
            items.Add(new(L["PendingWork.Held", summary.Held], SettlementPaths.Ledger(status: SettlementStatus.Held), summary.Held, PendingWorkUrgency.Warning));
        }

        if (summary.Month is { } month)
        {
            var totals = summary.Totals;
            items.Add(new(
                L["PendingWork.MonthTotals", SettlementWords.Month(month), totals.Count, totals.Base, totals.Payable, totals.Withheld],
                SettlementPaths.Ledger(month: month),
                totals.Count));
        }

        return items;
    }

    /// <summary>
    /// What finance has to act on, and the latest month settled so far with its totals; within the user's scope, and
    /// nothing for a role that may not read settlements (the county roles' scope alone would show every unit's).
    /// </summary>
    public async Task<SettlementSummary> SummaryAsync(CancellationToken cancellationToken)
    {
        var today = ChinaTime.Today(clock);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!SettlementAccess.MayView(db.Scope))
        {
            return SettlementSummary.None;
        }

        // Grouped by status alone, the (status, due date) index hands the rows over in group order; grouping
        // by "overdue" too made SQLite sort ~160,000 rows first (docs/PERFORMANCE.md).
        var counts = await db.Settlements
            .Where(s => s.Status == SettlementStatus.Calculated || s.Status == SettlementStatus.Held || s.Status == SettlementStatus.Approved)
            .GroupBy(s => s.Status)
            .Select(g => new { Status = g.Key, Count = g.Count(), Overdue = g.Count(s => s.DueOn < today) })
            .ToListAsync(cancellationToken);
        int Count(SettlementStatus status) => counts.Where(c => c.Status == status).Sum(c => c.Count);

        // The month finance is working on: the latest one settled so far.
        var month = await db.Settlements.MaxAsync(s => (DateOnly?)s.Month, cancellationToken);
        var totals = month is { } m ? await settlements.TotalsAsync(new SettlementFilter(Month: m), cancellationToken) : SettlementTotals.None;
        var overdue = counts.Where(c => c.Status == SettlementStatus.Approved).Sum(c => c.Overdue);
        return new SettlementSummary(Count(SettlementStatus.Calculated), Count(SettlementStatus.Held), overdue, month, totals);
    }
}

/// <summary>Finance's figures: settlements awaiting approval, held, approved and overdue; the latest month settled and its totals.</summary>
public sealed record SettlementSummary(int Calculated, int Held, int Overdue, DateOnly? Month, SettlementTotals Totals)
{
    public static SettlementSummary None { get; } = new(0, 0, 0, null, SettlementTotals.None);
}

/// <summary>The feature's addresses.</summary>
public static class SettlementPaths
{
    public const string Root = "/settlements";

    public static string Detail(int id) => $"{Root}/{id}";

    public static string Statement(int id) => $"{Root}/{id}/statement";

    public static string Ledger(DateOnly? month = null, SettlementStatus? status = null, bool overdue = false)
    {
        List<string> query = [];
        if (month is { } m)
        {
            query.Add("month=" + m.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture));
        }

        if (status is { } s)
        {
            query.Add("status=" + s);
        }

        if (overdue)
        {
            query.Add("overdue=true");
        }

        return query.Count == 0 ? Root : Root + "?" + string.Join("&", query);
    }
}
