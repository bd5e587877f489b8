using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using VendorManager.Domain.Common;
using VendorManager.Domain.Evaluations;
using VendorManager.Persistence;
using VendorManager.Web.Features.Agencies;
using VendorManager.Web.Features.Home;

namespace VendorManager.Web.Features.Evaluations;

/// <summary>
/// Home-page panels on scoring. Supervisor and host unit (within its scope): the month being scored,
/// by status against the evaluations expected. Supervisor: the latest Final month's scores by payment
/// band, and agencies ranked by their average Final score over the last 12 months. Agency: its
/// average over the last 12 months and its appeals. Counts and averages are grouped in SQL.
/// </summary>
public sealed class EvaluationDashboard(
    IDbContextFactory<AppDbContext> dbFactory,
    EvaluationService evaluations,
    IStringLocalizer<EvaluationsText> L) : IDashboardSource
{
    /// <summary>How many agencies the ranking shows at each end.</summary>
    public const int RankedAtEachEnd = 5;

    public const int RankingMonths = 12;

    /// <summary>The statuses the progress panel counts, in the order work moves through them.</summary>
    private static readonly EvaluationStatus[] ProgressOrder =
    [
        EvaluationStatus.NotStarted, EvaluationStatus.Draft, EvaluationStatus.Overdue, EvaluationStatus.Submitted,
        EvaluationStatus.Confirmed, EvaluationStatus.Appealed, EvaluationStatus.Final,
    ];

    public async Task<IReadOnlyList<DashboardPanel>> GetAsync(UserScope scope, CancellationToken cancellationToken)
    {
        if (scope.IsInRole(Roles.Agency))
        {
            return await AgencyPanelsAsync(cancellationToken);
        }

        if (scope.Role is not (Roles.Supervisor or Roles.HostUnit))
        {
            return [];
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var panels = new List<DashboardPanel> { await ProgressAsync(db, cancellationToken) };
        if (scope.IsInRole(Roles.Supervisor))
        {
            if (await DistributionAsync(db, cancellationToken) is { } distribution)
            {
                panels.Add(distribution);
            }

            panels.Add(await RankingAsync(db, cancellationToken));
        }

        return panels;
    }

    /// <summary>Last month's evaluations by status; expected = those opened plus contracts Active in the month still without one.</summary>
    private async Task<DashboardPanel> ProgressAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        var month = evaluations.CurrentScoringMonth();
        var today = evaluations.Today;
        var groups = await db.MonthlyEvaluations.AsNoTracking()
            .Where(e => e.Month == month)
            .GroupBy(e => new { e.State, Started = e.ScoredAt != null, Late = e.DueOn < today })
            .Select(g => new { g.Key.State, g.Key.Started, g.Key.Late, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var missing = (await EvaluationDailyJob.UnopenedAsync(db, month, cancellationToken)).Count;
        // Late stands for "due before today": the status rule only needs which side of today the due day lies.
        var byStatus = groups
            .GroupBy(g => EvaluationStatuses.Of(g.State, g.Started, g.Late ? today.AddDays(-1) : today, today), g => g.Count)
            .ToDictionary(g => g.Key, g => g.Sum());

        var figures = new List<DashboardFigure>
        {
            new(L["Dashboard.Expected"], groups.Sum(g => g.Count) + missing, EvaluationPaths.Queue(month)),
        };
        if (missing > 0)
        {
            // Not in the list: the daily job has not opened them (no published scheme, or it has not run).
            figures.Add(new(L["Dashboard.Missing"], missing, null));
        }

        figures.AddRange(ProgressOrder.Select(s => new DashboardFigure(L["Status." + s], byStatus.GetValueOrDefault(s), EvaluationPaths.Queue(month, s))));
        return new DashboardPanel("evaluation-progress", 21, L["Dashboard.Progress", EvaluationMessages.MonthText(month)], DashboardChart.Bar, figures);
    }

    /// <summary>The latest month with Final evaluations, counted by the share of the fee their band pays; null before any is Final.</summary>
    private async Task<DashboardPanel?> DistributionAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        // The latest Final month found and counted in one query (a subquery for the month).
        var finals = db.MonthlyEvaluations.AsNoTracking().Where(e => e.State == EvaluationState.Final);
        var bands = await finals.Where(e => e.Month == finals.Max(f => f.Month))
            .GroupBy(e => new { e.Month, e.SharePercent })
            .Select(g => new { g.Key.Month, Share = g.Key.SharePercent, Count = g.Count() })
            .ToListAsync(cancellationToken);
        if (bands.Count == 0)
        {
            return null;
        }

        var month = bands[0].Month;
        return new DashboardPanel("score-distribution", 22, L["Dashboard.Distribution", EvaluationMessages.MonthText(month)], DashboardChart.Bar, bands
            .OrderByDescending(b => b.Share)
            .Select(b => new DashboardFigure(
                L["Dashboard.Band", Percent(b.Share)], b.Count, EvaluationPaths.Queue(month, EvaluationStatus.Final, b.Share)))
            .ToList());
    }

    /// <summary>
    /// Agencies by their average Final total over the last 12 scored months, best first: all of them when
    /// they are few, else the best five and the worst five. Each links to the agency.
    /// </summary>
    private async Task<DashboardPanel> RankingAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        var last = evaluations.CurrentScoringMonth();
        var first = last.AddMonths(1 - RankingMonths);
        // The total is stored as whole hundredths; averaging the column keeps the arithmetic in SQL.
        var averages = await db.MonthlyEvaluations.AsNoTracking()
            .Where(e => e.State == EvaluationState.Final && e.Month >= first && e.Month <= last)
            .GroupBy(e => e.AgencyId)
            .Select(g => new { AgencyId = g.Key, Hundredths = g.Average(e => (double)EF.Property<int>(e, nameof(MonthlyEvaluation.Total))) })
            .Join(db.Agencies, a => a.AgencyId, agency => agency.Id, (a, agency) => new { a.AgencyId, agency.Name, a.Hundredths })
            .ToListAsync(cancellationToken);
        var ranked = averages.OrderByDescending(a => a.Hundredths).ThenBy(a => a.Name, StringComparer.Ordinal).ToList();
        var shown = ranked
            .Select((a, i) => (Agency: a, Rank: i + 1))
            .Where(x => ranked.Count <= 2 * RankedAtEachEnd || x.Rank <= RankedAtEachEnd || x.Rank > ranked.Count - RankedAtEachEnd);
        return new DashboardPanel("agency-ranking", 23, L["Dashboard.Ranking", RankingMonths], DashboardChart.Bar, shown
            .Select(x => new DashboardFigure(
                L["Dashboard.Rank", x.Rank, x.Agency.Name],
                (double)Math.Round((decimal)x.Agency.Hundredths / 100m, 2, MidpointRounding.AwayFromZero),
                AgencyPaths.Detail(x.Agency.AgencyId)))
            .ToList());
    }

    /// <summary>The agency's own average over the last 12 months (the trend its evaluations page draws) and its appeals.</summary>
    private async Task<IReadOnlyList<DashboardPanel>> AgencyPanelsAsync(CancellationToken cancellationToken)
    {
        var trend = await evaluations.TrendAsync(null, null, cancellationToken);
        var today = evaluations.Today;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var appeals = await db.MonthlyEvaluations.AsNoTracking()
            .Where(e => e.State == EvaluationState.Appealed || (e.State == EvaluationState.Confirmed && e.AppealDeadline >= today))
            .GroupBy(e => e.State)
            .Select(g => new { State = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        int Count(EvaluationState state) => appeals.Where(a => a.State == state).Sum(a => a.Count);
        return
        [
            new("agency-scores", 21, L["Dashboard.MyScores", RankingMonths], DashboardChart.Line, trend
                .Where(p => p.Total is not null)
                .Select(p => new DashboardFigure(
                    EvaluationMessages.MonthText(p.Month), (double)p.Total!.Value.Points, EvaluationPaths.Queue(p.Month, EvaluationStatus.Final)))
                .ToList()),
            new("agency-appeals", 22, L["Dashboard.Appeals"], DashboardChart.Figures,
            [
                new(L["Dashboard.MayAppeal"], Count(EvaluationState.Confirmed), EvaluationPaths.Queue(status: EvaluationStatus.Confirmed)),
                new(L["Dashboard.Appealed"], Count(EvaluationState.Appealed), EvaluationPaths.Queue(status: EvaluationStatus.Appealed)),
            ]),
        ];
    }

    private static string Percent(decimal share) => share.ToString("0.##", CultureInfo.InvariantCulture) + "%";
}

/// <summary>The evaluations list's addresses, with the filters its page reads from the query string.</summary>
public static class EvaluationPaths
{
    public const string Root = "/evaluations";

    public static string Queue(DateOnly? month = null, EvaluationStatus? status = null, decimal? share = null)
    {
        List<string> query = [];
        if (month is { } m)
        {
            query.Add("month=" + EvaluationMessages.MonthText(m));
        }

        if (status is { } s)
        {
            query.Add("status=" + s);
        }

        if (share is { } p)
        {
            query.Add("share=" + p.ToString("0.##", CultureInfo.InvariantCulture));
        }

        return query.Count == 0 ? Root : Root + "?" + string.Join("&", query);
    }

    /// <summary>One evaluation's printable report (月度考核评分表).</summary>
    public static string Report(int id) => $"{Root}/{id}/report";

    /// <summary>A unit's month for filing; a unit's own user leaves the unit out.</summary>
    public static string MonthReport(DateOnly month, int? hostUnitId = null) =>
        $"{Root}/report?month={EvaluationMessages.MonthText(month)}" + (hostUnitId is { } unit ? $"&unit={unit}" : string.Empty);

    /// <summary>A "yyyy-MM" month from a link, as the first day of the month; null when absent or malformed.</summary>
    public static DateOnly? ParseMonth(string? value) =>
        DateOnly.TryParseExact(value + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month) ? month : null;
}
