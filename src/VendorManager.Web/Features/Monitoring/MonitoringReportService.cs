using Microsoft.EntityFrameworkCore;
using VendorManager.Domain.Accounts;
using VendorManager.Domain.Common;
using VendorManager.Domain.Posts;
using VendorManager.Persistence;

namespace VendorManager.Web.Features.Monitoring;

/// <summary>One account's line of the report: the account, its unit, and its month.</summary>
public sealed record MonitoringLine(int HostUnitId, string HostUnitName, int AccountId, string AccountName, Platform Platform, AccountMonth Month);

/// <summary>A unit's accounts with the unit's totals (of the accounts with data).</summary>
public sealed record MonitoringUnit(int HostUnitId, string HostUnitName, IReadOnlyList<MonitoringLine> Accounts, MonitoringTotals Totals);

/// <summary>Sums over accounts with data: posts, reviewed, hits by category, accounts silent past the two-week rule, accounts without data.</summary>
public sealed record MonitoringTotals(int Published, int Reviewed, IReadOnlyDictionary<CheckCategory, int> Hits, int GapsBreached, int NoData)
{
    public int Unreviewed => Published - Reviewed;

    public decimal? ComplianceRate => Published == 0 ? null : (decimal)Reviewed / Published;

    public static MonitoringTotals Of(IEnumerable<AccountMonth> months)
    {
        var list = months.ToList();
        var known = list.Where(m => m.HasData).ToList();
        return new MonitoringTotals(
            known.Sum(m => m.Published),
            known.Sum(m => m.Reviewed),
            Enum.GetValues<CheckCategory>().ToDictionary(c => c, c => known.Sum(m => m.Hits[c])),
            known.Count(m => m.GapBreached),
            list.Count - known.Count);
    }
}

/// <summary>The month's report: one unit's (<see cref="UnitName"/>) or the county's, units in name order, with the totals.</summary>
public sealed record MonitoringReport(DateOnly Month, string? UnitName, DateOnly GeneratedOn, int NotUpdatedAfterDays, IReadOnlyList<MonitoringUnit> Units, MonitoringTotals Totals)
{
    public bool IsCounty => UnitName is null;
}

/// <summary>
/// The monthly monitoring report (月度监测报告) from the published posts: per account of a unit, or of every unit for the
/// county. A HostUnit user gets its own unit's whatever it asks; the county report is the Supervisor's. Four commands
/// whatever the size of the county: the accounts, the month's posts, their hits counted by category, and each account's
/// last publication before the month (where a silence across the month's start began).
/// </summary>
public sealed class MonitoringReportService(IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock, ActivityThresholds thresholds)
{
    public static bool MayView(UserScope scope) => scope.Has(Permissions.ViewMonitoringReport);

    /// <summary>The report of <paramref name="month"/> (any day of it): the county when <paramref name="hostUnitId"/> is null and the user is the Supervisor.</summary>
    public async Task<MonitoringReport?> BuildAsync(int? hostUnitId, DateOnly month, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var scope = db.Scope;
        if (!MayView(scope))
        {
            return null;
        }

        var unitId = scope.IsInRole(Roles.HostUnit) ? scope.HostUnitId : hostUnitId;
        if (unitId is null && !scope.Has(Permissions.Supervise))
        {
            return null;
        }

        var first = new DateOnly(month.Year, month.Month, 1);
        var from = ChinaTime.StartOfDay(first);
        var to = ChinaTime.StartOfDay(first.AddMonths(1));
        var posts = db.PublishedPosts.AsNoTracking().Where(p => unitId == null || p.HostUnitId == unitId);
        var inMonth = posts.Where(p => p.PublishedAt >= from && p.PublishedAt < to);

        // Publishing accounts that are live, and any other that published in the month (closed since, say).
        var accounts = await db.Accounts.AsNoTracking()
            .Where(a => unitId == null || a.HostUnitId == unitId)
            .Where(a => (a.Status == AccountStatus.Active && a.Platform != Platform.GovernmentApp) || inMonth.Any(p => p.AccountId == a.Id))
            .Select(a => new
            {
                a.Id, a.Name, a.Platform, a.HostUnitId, a.ActiveSince,
                Unit = db.HostUnits.Where(u => u.Id == a.HostUnitId).Select(u => u.Name).FirstOrDefault() ?? string.Empty,
            })
            .ToListAsync(cancellationToken);
        if (unitId is { } id && accounts.Count == 0 && !await db.HostUnits.AnyAsync(u => u.Id == id, cancellationToken))
        {
            return null;
        }

        var published = await inMonth.Select(p => new { p.Id, p.AccountId, p.PublishedAt, p.Review }).ToListAsync(cancellationToken);
        var hits = await db.Set<PublishedPostHit>().AsNoTracking()
            .Where(h => inMonth.Select(p => p.Id).Contains(h.PublishedPostId))
            .GroupBy(h => new { Id = h.PublishedPostId, h.Category })
            .Select(g => new { g.Key.Id, g.Key.Category, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var lastBefore = await posts.Where(p => p.PublishedAt < from)
            .GroupBy(p => p.AccountId)
            .Select(g => new { AccountId = g.Key, Last = g.Max(p => p.PublishedAt) })
            .ToListAsync(cancellationToken);

        var today = ChinaTime.Today(clock);
        var hitsOf = hits.ToLookup(h => h.Id);
        var postsOf = published.ToLookup(p => p.AccountId, p => new MonitoredPost(
            ChinaTime.DateOf(p.PublishedAt), p.Review == PublicationReview.Reviewed,
            [.. hitsOf[p.Id].SelectMany(h => Enumerable.Repeat(h.Category, h.Count))]));
        var lastOf = lastBefore.ToDictionary(l => l.AccountId, l => ChinaTime.DateOf(l.Last));
        var lines = accounts.Select(a => new MonitoringLine(
            a.HostUnitId, a.Unit, a.Id, a.Name, a.Platform,
            MonthlyMonitoring.Of(first, today, postsOf[a.Id], lastOf.TryGetValue(a.Id, out var last) ? last : null, a.ActiveSince, thresholds)));
        var units = lines.GroupBy(l => (l.HostUnitId, l.HostUnitName))
            .OrderBy(g => g.Key.HostUnitName, StringComparer.Ordinal)
            .Select(g => new MonitoringUnit(
                g.Key.HostUnitId, g.Key.HostUnitName, [.. g.OrderBy(l => l.AccountName, StringComparer.Ordinal)], MonitoringTotals.Of(g.Select(l => l.Month))))
            .ToList();
        var unitName = unitId is { } own
            ? units.FirstOrDefault()?.HostUnitName ?? await db.HostUnits.Where(u => u.Id == own).Select(u => u.Name).SingleAsync(cancellationToken)
            : null;
        return new MonitoringReport(first, unitName, today, thresholds.NotUpdatedAfterDays, units, MonitoringTotals.Of(lines.Select(l => l.Month)));
    }
}
