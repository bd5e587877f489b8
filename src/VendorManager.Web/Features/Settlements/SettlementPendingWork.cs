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

        var today = ChinaTime.Today(clock);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var counts = await db.Settlements
            .Where(s => s.Status == SettlementStatus.Calculated || s.Status == SettlementStatus.Held || s.Status == SettlementStatus.Approved)
            .GroupBy(s => new { s.Status, Overdue = s.Status == SettlementStatus.Approved && s.DueOn < today })
            .Select(g => new { g.Key.Status, g.Key.Overdue, Count = g.Count() })
            .ToListAsync(cancellationToken);
        int Count(SettlementStatus status, bool overdue = false) =>
            counts.Where(c => c.Status == status && c.Overdue == overdue).Sum(c => c.Count);

        var items = new List<PendingWorkItem>();
        if (Count(SettlementStatus.Approved, overdue: true) is > 0 and var overdue)
        {
            items.Add(new(L["PendingWork.Overdue", overdue], SettlementPaths.Ledger(overdue: true), overdue, PendingWorkUrgency.Critical));
        }

        if (Count(SettlementStatus.Calculated) is > 0 and var calculated)
        {
            items.Add(new(L["PendingWork.AwaitingApproval", calculated], SettlementPaths.Ledger(status: SettlementStatus.Calculated), calculated));
        }

        if (Count(SettlementStatus.Held) is > 0 and var held)
        {
            items.Add(new(L["PendingWork.Held", held], SettlementPaths.Ledger(status: SettlementStatus.Held), held, PendingWorkUrgency.Warning));
        }

        // The month finance is working on: the latest one settled so far.
        if (await db.Settlements.MaxAsync(s => (DateOnly?)s.Month, cancellationToken) is { } month)
        {
            var totals = await settlements.TotalsAsync(new SettlementFilter(Month: month), cancellationToken);
            items.Add(new(
                L["PendingWork.MonthTotals", SettlementWords.Month(month), totals.Count, totals.Base, totals.Payable, totals.Withheld],
                SettlementPaths.Ledger(month: month),
                totals.Count));
        }

        return items;
    }
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
