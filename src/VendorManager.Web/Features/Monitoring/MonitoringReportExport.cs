using System.Globalization;
using Microsoft.Extensions.Localization;
using VendorManager.Domain.Posts;
using VendorManager.Web.Features.DataExchange;
using VendorManager.Web.Features.Shared;

namespace VendorManager.Web.Features.Monitoring;

/// <summary>
/// The monitoring report as a file in the reader's language (decision 0023): every account's line, then each unit's total
/// (for the county) and the report's total, through <see cref="ListExport"/> so the report's own role check holds.
/// </summary>
public sealed class MonitoringReportExport(MonitoringReportService reports, ListExport export, IStringLocalizer<MonitoringText> text)
{
    public Task<Result<ExportFile>> ReportAsync(int? hostUnitId, DateOnly month, TableFormat format, CancellationToken cancellationToken)
    {
        var categories = text.Names<CheckCategory>("Category.");
        List<TableColumn<ExportLine>> columns =
        [
            new(text["Field.HostUnit"].Value, l => l.Unit),
            new(text["Field.Account"].Value, l => l.Account),
            new(text["Field.Published"].Value, l => l.NoData ? text["Report.NoData"].Value : l.Published),
            new(text["Field.Reviewed"].Value, l => l.NoData ? null : l.Reviewed),
            new(text["Field.ComplianceRate"].Value, l => l.NoData ? null : Rate(l.Rate)),
            new(text["Field.Unreviewed"].Value, l => l.NoData ? null : l.Unreviewed),
            .. Enum.GetValues<CheckCategory>().Select(c => new TableColumn<ExportLine>(categories[c], l => l.NoData ? null : l.Hits[c])),
            new(text["Field.LongestGap"].Value, l => l.Gap),
            new(text["Field.GapBreached"].Value, l => l.Breached),
        ];
        var name = string.Format(CultureInfo.InvariantCulture, "{0}-{1:yyyy-MM}", text["Title.Report"].Value, month);
        return export.WholeAsync(name, columns, MonitoringReportService.MayView, async ct => Lines(await reports.BuildAsync(hostUnitId, month, ct)), format, cancellationToken);
    }

    /// <summary>Shown as the page shows it: a percentage to one decimal, or a dash when nothing was published.</summary>
    public static string Rate(decimal? rate) => rate is { } r ? r.ToString("P1", CultureInfo.InvariantCulture) : "—";

    private IReadOnlyList<ExportLine> Lines(MonitoringReport? report)
    {
        if (report is null)
        {
            return [];
        }

        List<ExportLine> lines = [];
        foreach (var unit in report.Units)
        {
            lines.AddRange(unit.Accounts.Select(a => new ExportLine(
                unit.HostUnitName, a.AccountName, !a.Month.HasData, a.Month.Published, a.Month.Reviewed, a.Month.ComplianceRate, a.Month.Unreviewed, a.Month.Hits,
                a.Month.LongestGapDays, a.Month.HasData ? YesNo(a.Month.GapBreached) : text["Report.NoData"].Value)));
            if (report.IsCounty)
            {
                lines.Add(Total(unit.HostUnitName, text["Report.UnitTotal"].Value, unit.Totals));
            }
        }

        lines.Add(Total(report.UnitName ?? text["Report.County"].Value, text["Report.Total"].Value, report.Totals));
        return lines;
    }

    private ExportLine Total(string unit, string label, MonitoringTotals totals) => new(
        unit, label, false, totals.Published, totals.Reviewed, totals.ComplianceRate, totals.Unreviewed, totals.Hits, null,
        text["Report.BreachedCount", totals.GapsBreached].Value);

    private string YesNo(bool breached) => text[breached ? "Report.Breached" : "Report.NotBreached"].Value;

    private sealed record ExportLine(
        string Unit, string Account, bool NoData, int Published, int Reviewed, decimal? Rate, int Unreviewed, IReadOnlyDictionary<CheckCategory, int> Hits,
        int? Gap, string Breached);
}
