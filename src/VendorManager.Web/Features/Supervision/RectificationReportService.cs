using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using MiniExcelLibs;
using VendorManager.Domain.Common;
using VendorManager.Domain.Supervision;
using VendorManager.Persistence;

namespace VendorManager.Web.Features.Supervision;

/// <summary>One category's line (or the total, with no category): found, rectified, being verified, still open, of which overdue.</summary>
public sealed record ReportLine(string Label, int Found, int Verified, int Submitted, int Open, int Overdue);

/// <summary>One problem with its dates: found, due, submitted, verified.</summary>
public sealed record ReportItem(
    string HostUnitName, string AccountName, ProblemCategory Category, FindingSeverity Severity, string Description,
    DateOnly FoundOn, DateOnly Deadline, RectificationState State, DateOnly? SubmittedOn, DateOnly? VerifiedOn);

/// <summary>
/// The rectification report the notice asks for ("突出问题排查整改…情况经主要负责同志签字后报"): one unit's
/// or the whole county's problems by category, with the units' lines for the county, and every item.
/// </summary>
public sealed record RectificationReport(
    string Title, string? UnitName, DateOnly? From, DateOnly? To, DateOnly GeneratedOn,
    IReadOnlyList<ReportLine> Categories, ReportLine Total, IReadOnlyList<ReportLine> Units, IReadOnlyList<ReportItem> Items)
{
    public bool IsCounty => UnitName is null;
}

/// <summary>Builds the report (per unit, or the county) and its .xlsx. A HostUnit user gets its own unit's, whatever it asks for.</summary>
public sealed class RectificationReportService(
    IDbContextFactory<AppDbContext> dbFactory,
    TimeProvider clock,
    IStringLocalizer<SupervisionText> text)
{
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public async Task<RectificationReport?> BuildAsync(int? hostUnitId, DateOnly? from, DateOnly? to, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!SupervisionAccess.SeesReport(db.Scope))
        {
            return null;
        }

        var unitId = SupervisionAccess.OwnUnit(db.Scope) ?? hostUnitId;
        var unitName = unitId is { } id
            ? await db.HostUnits.Where(u => u.Id == id).Select(u => u.Name).SingleOrDefaultAsync(cancellationToken)
            : null;
        if (unitId is not null && unitName is null)
        {
            return null;
        }

        var query = db.RectificationItems.AsNoTracking()
            .Join(db.Findings, r => r.FindingId, f => f.Id, (r, f) => new { r, f });
        if (unitId is { } unit)
        {
            query = query.Where(x => x.r.HostUnitId == unit);
        }

        if (from is { } start)
        {
            query = query.Where(x => x.f.FoundOn >= start);
        }

        if (to is { } end)
        {
            query = query.Where(x => x.f.FoundOn <= end);
        }

        var rows = await query
            .OrderBy(x => x.f.FoundOn).ThenBy(x => x.r.Id)
            .Select(x => new
            {
                Unit = db.HostUnits.Where(u => u.Id == x.r.HostUnitId).Select(u => u.Name).FirstOrDefault() ?? string.Empty,
                Account = db.Accounts.Where(a => a.Id == x.r.AccountId).Select(a => a.Name).FirstOrDefault() ?? string.Empty,
                Item = x.r, x.f.Severity, x.f.Description, x.f.FoundOn,
            })
            .ToListAsync(cancellationToken);
        var today = ChinaTime.Today(clock);
        var items = rows.Select(r => new ReportItem(
                r.Unit, r.Account, r.Item.Category, r.Severity, r.Description, r.FoundOn, r.Item.Deadline,
                r.Item.StateOn(today),
                r.Item.SubmittedAt is { } s ? ChinaDate(s) : null,
                r.Item.VerifiedAt is { } v ? ChinaDate(v) : null))
            .ToList();

        var categories = ProblemCategories.All.Select(c => Line(text["Category." + c], items.Where(i => i.Category == c))).ToList();
        var units = unitId is null
            ? items.GroupBy(i => i.HostUnitName).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => Line(g.Key, g)).ToList()
            : [];
        var title = unitName is null ? text["Report.CountyTitle"] : text["Report.UnitTitle", unitName];
        return new RectificationReport(title, unitName, from, to, today, categories, Line(text["Report.Total"], items), units, items);
    }

    /// <summary>The report as a workbook: the summary by category (and by unit for the county) with the signature lines, then every item.</summary>
    public async Task<byte[]?> ExportAsync(int? hostUnitId, DateOnly? from, DateOnly? to, CancellationToken cancellationToken)
    {
        var report = await BuildAsync(hostUnitId, from, to, cancellationToken);
        if (report is null)
        {
            return null;
        }

        var sheets = new Dictionary<string, object>
        {
            [text["Report.SheetSummary"]] = Summary(report),
            [text["Report.SheetItems"]] = report.Items.Select(Row).ToList(),
        };
        if (report.IsCounty)
        {
            sheets[text["Report.SheetUnits"]] = report.Units.Select(l => Cells(text["Report.Unit"], l)).ToList();
        }

        using var stream = new MemoryStream();
        await stream.SaveAsAsync(sheets, cancellationToken: cancellationToken);
        return stream.ToArray();
    }

    private static ReportLine Line(string label, IEnumerable<ReportItem> items)
    {
        var list = items.ToList();
        return new ReportLine(
            label,
            list.Count,
            list.Count(i => i.State == RectificationState.Verified),
            list.Count(i => i.State == RectificationState.Submitted),
            list.Count(i => i.State is RectificationState.Open or RectificationState.Returned or RectificationState.Overdue),
            list.Count(i => i.State == RectificationState.Overdue));
    }

    private List<Dictionary<string, object?>> Summary(RectificationReport report)
    {
        var label = text["Report.Category"].Value;
        List<Dictionary<string, object?>> rows = [.. report.Categories.Select(l => Cells(label, l)), Cells(label, report.Total)];
        // A blank line, then what the printed report also carries: scope, period, date and the signature lines.
        rows.Add(Cells(label, new ReportLine(string.Empty, 0, 0, 0, 0, 0), blank: true));
        rows.Add(Note(label, text["Report.Scope"] + text["Colon"] + (report.UnitName ?? text["Report.County"])));
        rows.Add(Note(label, text["Report.Period"] + text["Colon"] + Period(report)));
        rows.Add(Note(label, text["Report.GeneratedOn"] + text["Colon"] + report.GeneratedOn.ToString("yyyy-MM-dd")));
        rows.Add(Note(label, text["Report.SignHead"] + text["Colon"] + "________________    " + text["Report.SignDate"] + text["Colon"] + "____-__-__"));
        rows.Add(Note(label, text["Report.SignPreparer"] + text["Colon"] + "________________    " + text["Report.SignPhone"] + text["Colon"] + "________________"));
        return rows;
    }

    private string Period(RectificationReport report) =>
        report.From is null && report.To is null
            ? text["Report.AllTime"]
            : $"{report.From?.ToString("yyyy-MM-dd") ?? "…"} — {report.To?.ToString("yyyy-MM-dd") ?? "…"}";

    private Dictionary<string, object?> Cells(string labelHeader, ReportLine line, bool blank = false) => new()
    {
        [labelHeader] = line.Label,
        [text["Report.Found"]] = blank ? null : line.Found,
        [text["Report.Verified"]] = blank ? null : line.Verified,
        [text["Report.Submitted"]] = blank ? null : line.Submitted,
        [text["Report.Open"]] = blank ? null : line.Open,
        [text["Report.Overdue"]] = blank ? null : line.Overdue,
    };

    private Dictionary<string, object?> Note(string labelHeader, string note)
    {
        var row = Cells(labelHeader, new ReportLine(note, 0, 0, 0, 0, 0), blank: true);
        return row;
    }

    private Dictionary<string, object?> Row(ReportItem item) => new()
    {
        [text["Field.HostUnit"]] = item.HostUnitName,
        [text["Field.Account"]] = item.AccountName,
        [text["Field.Category"]] = text["Category." + item.Category].Value,
        [text["Field.Severity"]] = text["Severity." + item.Severity].Value,
        [text["Field.Description"]] = item.Description,
        [text["Field.FoundOn"]] = item.FoundOn.ToString("yyyy-MM-dd"),
        [text["Field.Deadline"]] = item.Deadline.ToString("yyyy-MM-dd"),
        [text["Field.State"]] = text["State." + item.State].Value,
        [text["Field.SubmittedOn"]] = item.SubmittedOn?.ToString("yyyy-MM-dd"),
        [text["Field.VerifiedOn"]] = item.VerifiedOn?.ToString("yyyy-MM-dd"),
    };

    private static DateOnly ChinaDate(DateTimeOffset at) => DateOnly.FromDateTime(ChinaTime.ToChina(at).DateTime);
}
