using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using VendorManager.Domain.Common;
using VendorManager.Domain.SelfInspections;
using VendorManager.Domain.Supervision;
using VendorManager.Persistence;
using VendorManager.Persistence.Notifications;
using VendorManager.Web.Components.Shared;
using VendorManager.Web.Features.DataExchange;
using VendorManager.Web.Features.Notifications;
using VendorManager.Web.Features.Shared;

namespace VendorManager.Web.Features.SelfInspections;

/// <summary>
/// Self-inspection campaigns (自查整改专项): the county office opens one for all or chosen units, follows who has
/// submitted, reminds the late, reviews each report and reads the summary; each unit fills in, signs (the scan)
/// and submits its own report only. Every change goes through <see cref="CommandPipeline"/>.
/// </summary>
public sealed class SelfInspectionService(
    IDbContextFactory<AppDbContext> dbFactory,
    CommandPipeline pipeline,
    IValidator<CampaignForm> campaignValidator,
    IValidator<ReportForm> reportValidator,
    IValidator<ReturnReportForm> returnValidator,
    ScanStore scans,
    INotifier notifier,
    TimeProvider clock,
    IStringLocalizer<SelfInspectionText> text,
    IStringLocalizer<SharedText> shared)
{
    /// <summary>The folder under the data directory that holds the signed scans.</summary>
    public const string ScanArea = "self-inspections";

    /// <summary>Campaigns are the county office's.</summary>
    public static bool IsCounty(UserScope scope) => scope.Has(Permissions.Supervise);

    /// <summary>The unit a HostUnit user writes reports for; null for everyone else (a unit's finance user reads none).</summary>
    public static int? OwnUnit(UserScope scope) => scope.Has(Permissions.FileSelfInspections) ? scope.HostUnitId : null;

    public async Task<PagedResult<CampaignRow>> ListCampaignsAsync(PageRequest request, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!IsCounty(db.Scope))
        {
            return PagedResult<CampaignRow>.Refused;
        }

        var today = ChinaTime.Today(clock);
        return await db.SelfInspectionCampaigns.AsNoTracking().OrderByDescending(c => c.OpenedAt).ThenByDescending(c => c.Id)
            .Select(c => new CampaignRow(
                c.Id, c.Title, c.DueOn, c.Status, c.Reports.Count,
                c.Reports.Count(r => r.Status == ReportStatus.Submitted || r.Status == ReportStatus.Accepted),
                c.Status == CampaignStatus.Open && today > c.DueOn ? c.Reports.Count(r => r.Status == ReportStatus.Draft || r.Status == ReportStatus.Returned) : 0))
            .ToPageAsync(request, cancellationToken);
    }

    /// <summary>A new campaign's form: the last six months looked back on, due in two weeks, every unit.</summary>
    public CampaignForm NewForm(string title)
    {
        var today = ChinaTime.Today(clock);
        return new CampaignForm
        {
            Title = title, PeriodFrom = today.AddMonths(-6).ToDateTime(TimeOnly.MinValue), DueOn = today.AddDays(14).ToDateTime(TimeOnly.MinValue),
        };
    }

    /// <summary>The units a campaign may cover, for the scope picker.</summary>
    public async Task<IReadOnlyList<UnitOption>> UnitsAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return IsCounty(db.Scope)
            ? await db.HostUnits.AsNoTracking().OrderBy(u => u.Name).Select(u => new UnitOption(u.Id, u.Name)).ToListAsync(cancellationToken)
            : [];
    }

    /// <summary>Opens a campaign; every unit in its scope gets a draft report and is told (<see cref="SelfInspectionNotifications"/>).</summary>
    public async Task<Result<int>> OpenCampaignAsync(CampaignForm form, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!IsCounty(db.Scope))
        {
            return Result<int>.Fail(shared["Message.Forbidden"]);
        }

        var validation = await campaignValidator.ValidateAsync(form, cancellationToken);
        if (!validation.IsValid)
        {
            return Result<int>.Invalid(validation);
        }

        var known = await db.HostUnits.Select(u => u.Id).ToListAsync(cancellationToken);
        var units = form.AllUnits ? known : [.. form.HostUnitIds.Where(known.Contains)];
        var opened = SelfInspectionCampaign.Open(
            form.Title, DateOnly.FromDateTime(form.PeriodFrom!.Value), DateOnly.FromDateTime(form.DueOn!.Value), units, db.Scope.UserName, clock.GetUtcNow());
        if (!opened.Succeeded)
        {
            var message = text.Describe(opened.Refusal!);
            return opened.Refusal!.Code switch
            {
                "SelfInspection.DueNotAfterToday" => Result<int>.Invalid(nameof(CampaignForm.DueOn), message),
                "SelfInspection.PeriodInFuture" => Result<int>.Invalid(nameof(CampaignForm.PeriodFrom), message),
                "SelfInspection.TitleRequired" or "SelfInspection.TitleTooLong" => Result<int>.Invalid(nameof(CampaignForm.Title), message),
                _ => Result<int>.Fail(message),
            };
        }

        db.SelfInspectionCampaigns.Add(opened.Value!);
        var saved = await pipeline.SaveAsync(db, cancellationToken);
        return saved.Result.Succeeded ? Result<int>.Ok(opened.Value!.Id) : Result<int>.Fail(saved.Result.Error!);
    }

    /// <summary>A campaign with every unit's report state, for the county office.</summary>
    public Task<Result<CampaignView>> GetCampaignAsync(int id, CancellationToken cancellationToken) =>
        OnCampaignAsync(id, (campaign, units, today) =>
        {
            var close = campaign.Actions([.. units.Select(u => u.Report.Status)]).SingleOrDefault(a => a.Trigger == CampaignTrigger.Close);
            return new CampaignView(
                campaign.Id, campaign.Title, campaign.PeriodFrom, campaign.DueOn, campaign.Status, campaign.ClosedOn, campaign.Version,
                [.. units.Select(u => new CampaignUnitRow(
                    u.Report.Id, u.Name, u.Report.Status, campaign.IsOverdue(u.Report.Status, today), u.Report.SubmittedAt, u.Report.ReturnCount))],
                close?.CanFire == true,
                [.. close?.Unmet.Select(DomainTextUnmet) ?? []]);
        }, cancellationToken);

    /// <summary>Closes the campaign once every report is accepted.</summary>
    public Task<Result> CloseCampaignAsync(int id, int version, CancellationToken cancellationToken)
    {
        var today = ChinaTime.Today(clock);
        return RunAsync(
            new Command<SelfInspectionCampaign>(
                (db, ct) => db.SelfInspectionCampaigns.Include(c => c.Reports).AsSplitQuery().SingleOrDefaultAsync(c => c.Id == id, ct),
                (scope, _) => IsCounty(scope),
                version,
                (_, campaign, _) => Task.FromResult(campaign.Close([.. campaign.Reports.Select(r => r.Status)], today)),
                text),
            cancellationToken);
    }

    /// <summary>
    /// Reminds (催报) the users of every unit whose report is not yet submitted; once a day per unit, however often
    /// it is pressed. Answers how many units were reminded.
    /// </summary>
    public async Task<Result<int>> RemindAsync(int campaignId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!IsCounty(db.Scope))
        {
            return Result<int>.Fail(shared["Message.Forbidden"]);
        }

        var campaign = await db.SelfInspectionCampaigns.AsNoTracking().SingleOrDefaultAsync(c => c.Id == campaignId, cancellationToken);
        if (campaign is null)
        {
            return Result<int>.Fail(shared["Message.NotFound"]);
        }

        if (campaign.Status != CampaignStatus.Open)
        {
            return Result<int>.Fail(text.Describe(SelfInspectionRefusals.CampaignClosed));
        }

        var reminded = await SelfInspectionNotifications.RemindAsync(db, notifier, campaign, ChinaTime.Today(clock), "manual", cancellationToken);
        var saved = await pipeline.SaveAsync(db, cancellationToken);
        return saved.Result.Succeeded ? Result<int>.Ok(reminded) : Result<int>.Fail(saved.Result.Error!);
    }

    /// <summary>A unit's own reports, open ones first.</summary>
    public async Task<IReadOnlyList<OwnReportRow>> OwnReportsAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (OwnUnit(db.Scope) is not { } unit)
        {
            return [];
        }

        var today = ChinaTime.Today(clock);
        var rows = await db.SelfInspectionReports.AsNoTracking().Where(r => r.HostUnitId == unit)
            .Join(db.SelfInspectionCampaigns, r => r.CampaignId, c => c.Id, (r, c) => new { r.Id, c.Title, c.DueOn, r.Status, CampaignStatus = c.Status })
            .OrderByDescending(x => x.DueOn).ThenByDescending(x => x.Id)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(x => new OwnReportRow(
            x.Id, x.Title, x.DueOn, x.Status, SelfInspectionCampaign.IsLate(x.CampaignStatus, x.DueOn, x.Status, today)))];
    }

    /// <summary>
    /// A report: the county office any, a unit its own (another unit's is not found). Lines never saved come
    /// prefilled from the unit's rectification items of the period or still open.
    /// </summary>
    public async Task<Result<ReportView>> GetReportAsync(int id, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var scope = db.Scope;
        var found = await db.SelfInspectionReports.AsNoTracking().Where(r => r.Id == id)
            .Join(db.SelfInspectionCampaigns, r => r.CampaignId, c => c.Id, (r, c) => new { Report = r, Campaign = c })
            .SingleOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return Result<ReportView>.Fail(shared["Message.NotFound"]);
        }

        var (report, campaign) = (found.Report, found.Campaign);
        var county = IsCounty(scope);
        if (!county && OwnUnit(scope) != report.HostUnitId)
        {
            return Result<ReportView>.Fail(shared["Message.Forbidden"]);
        }

        var unitName = await db.HostUnits.Where(u => u.Id == report.HostUnitId).Select(u => u.Name).SingleAsync(cancellationToken);
        var prefilled = report.Lines.Count == 0;
        var lines = prefilled
            ? await PrefillAsync(db, report.HostUnitId, campaign.PeriodFrom, cancellationToken)
            : [.. report.Lines.Select(l => new ReportLineForm { Category = l.Category, Found = l.Found, Fixed = l.Fixed, InProgress = l.InProgress, Measures = l.Measures })];
        var actions = report.Actions();
        var people = await People.NamesAsync(db, [report.SubmittedBy, report.ReviewedBy], cancellationToken);
        var mine = OwnUnit(scope) == report.HostUnitId;
        return Result<ReportView>.Ok(new ReportView(
            report.Id, campaign.Id, campaign.Title, campaign.PeriodFrom, campaign.DueOn, unitName, report.Status,
            campaign.IsOverdue(report.Status, ChinaTime.Today(clock)), lines, prefilled, report.SignedScan?.OriginalName,
            people.OrNull(report.SubmittedBy), report.SubmittedAt, people.OrNull(report.ReviewedBy), report.ReviewedAt, report.ReturnReason, report.Version,
            [.. actions.Where(a => a.Applies && MayPress(a.Trigger, county, mine)).Select(a => a.Trigger)],
            [.. actions.Where(a => a.Trigger == ReportTrigger.Submit && mine).SelectMany(a => a.Unmet).Select(DomainTextUnmet)],
            county));
    }

    /// <summary>Saves the unit's lines (its own report, while it holds it).</summary>
    public async Task<Result> SaveReportAsync(int id, ReportForm form, CancellationToken cancellationToken)
    {
        var validation = await reportValidator.ValidateAsync(form, cancellationToken);
        if (!validation.IsValid)
        {
            return Result.Invalid(validation);
        }

        var lines = form.Lines.Select(l => new SelfInspectionLineDraft(l.Category, l.Found, l.Fixed, l.InProgress, l.Measures)).ToList();
        return await OnOwnReportAsync(id, form.Version, (db, report, _) =>
        {
            // Replacing the lines alone leaves the report's own row unchanged; its version must still move.
            db.Entry(report).State = EntityState.Modified;
            return Task.FromResult(report.Revise(lines));
        }, cancellationToken);
    }

    /// <summary>
    /// Stores the scan of the signed report (checked by content, size and name as every scan is) on the unit's own
    /// report; the scan it replaces is removed once this is saved, the new one if the save fails.
    /// </summary>
    public async Task<Result> UploadScanAsync(int id, int version, ScanUpload upload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(upload);
        string? stored = null;
        StoredFile? replaced = null;
        var result = await OnOwnReportAsync(id, version, async (db, report, ct) =>
        {
            // Asked before the file is written, so that nothing is stored for a report the unit no longer holds.
            if (!report.Actions().Any(a => a.Trigger == ReportTrigger.Revise && a.CanFire))
            {
                return SelfInspectionRefusals.NotInThisState;
            }

            var (file, refusal) = await scans.StoreAsync(ScanArea, upload, ct);
            if (refusal is { } why)
            {
                return new Refusal("SelfInspection.ScanRefused", scans.Describe(why));
            }

            stored = file!.StoredName;
            var attached = report.AttachSignedScan(file);
            replaced = attached.Value;
            return attached;
        }, cancellationToken);
        scans.Delete(ScanArea, result.Succeeded ? replaced?.StoredName : stored);
        return result;
    }

    /// <summary>Submits the unit's own report: lines saved and the signed scan attached, or the refusal says which is missing.</summary>
    public Task<Result> SubmitAsync(int id, int version, CancellationToken cancellationToken) =>
        OnOwnReportAsync(id, version, (db, report, _) => Task.FromResult(report.Submit(db.Scope.UserName, clock.GetUtcNow())), cancellationToken);

    public Task<Result> AcceptAsync(int id, int version, CancellationToken cancellationToken) =>
        OnReportAsCountyAsync(id, version, (db, report) => report.Accept(db.Scope.UserName, clock.GetUtcNow()), cancellationToken);

    public async Task<Result> ReturnAsync(int id, ReturnReportForm form, CancellationToken cancellationToken)
    {
        var validation = await returnValidator.ValidateAsync(form, cancellationToken);
        return validation.IsValid
            ? await OnReportAsCountyAsync(id, form.Version, (db, report) => report.Return(form.Reason, db.Scope.UserName, clock.GetUtcNow()), cancellationToken)
            : Result.Invalid(validation);
    }

    /// <summary>The signed scan, for whoever may read the report; null otherwise, so another unit's is not even confirmed to exist.</summary>
    public async Task<ScanDownload?> OpenScanAsync(int id, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var report = await db.SelfInspectionReports.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (report?.SignedScan is not { } scan || !(IsCounty(db.Scope) || OwnUnit(db.Scope) == report.HostUnitId)
            || scans.OpenRead(ScanArea, scan.StoredName) is not { } stream)
        {
            return null;
        }

        return new ScanDownload(stream, scan.ContentType, scan.OriginalName);
    }

    /// <summary>The county's summary: each unit's state and totals, and the totals by category of the reports submitted or accepted.</summary>
    public Task<Result<CampaignSummary>> SummaryAsync(int id, CancellationToken cancellationToken) =>
        OnCampaignAsync(id, (campaign, units, today) =>
        {
            var counted = units.Where(x => x.Report.Status is ReportStatus.Submitted or ReportStatus.Accepted).SelectMany(x => x.Report.Lines).ToList();
            return new CampaignSummary(
                campaign.Id, campaign.Title, campaign.PeriodFrom, campaign.DueOn, campaign.Status, today,
                [.. units.Select(x => new SummaryUnit(
                    x.Name, x.Report.Status, campaign.IsOverdue(x.Report.Status, today), x.Report.SubmittedAt,
                    x.Report.Lines.Sum(l => l.Found), x.Report.Lines.Sum(l => l.Fixed), x.Report.Lines.Sum(l => l.InProgress)))],
                [.. ProblemCategories.All.Select(c => new SummaryLine(
                    c, counted.Where(l => l.Category == c).Sum(l => l.Found), counted.Where(l => l.Category == c).Sum(l => l.Fixed),
                    counted.Where(l => l.Category == c).Sum(l => l.InProgress)))]);
        }, cancellationToken);

    /// <summary>The summary as a table file: one sheet of the units, with the totals by category as its notes sheet.</summary>
    public async Task<Result<ExportFile>> ExportSummaryAsync(int id, TableFormat format, CancellationToken cancellationToken)
    {
        var summary = await SummaryAsync(id, cancellationToken);
        if (!summary.Succeeded)
        {
            return Result<ExportFile>.From(summary);
        }

        var s = summary.Value!;
        var statuses = text.Names<ReportStatus>("ReportStatus.");
        var categories = text.Names<ProblemCategory>("Category.");
        var overdue = text["Summary.Overdue"].Value;
        TableColumn<SummaryUnit>[] columns =
        [
            new(text["Field.HostUnit"].Value, u => u.HostUnitName),
            new(text["Field.State"].Value, u => u.Overdue ? statuses[u.Status] + " " + overdue : statuses[u.Status]),
            new(text["Field.SubmittedAt"].Value, u => u.SubmittedAt is { } at ? ChinaTime.ToChina(at).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture) : null),
            new(text["Field.Found"].Value, u => u.Found),
            new(text["Field.Fixed"].Value, u => u.Fixed),
            new(text["Field.InProgress"].Value, u => u.InProgress),
        ];
        IReadOnlyList<object?> header = [text["Field.Category"].Value, text["Field.Found"].Value, text["Field.Fixed"].Value, text["Field.InProgress"].Value];
        var byCategory = new TableSheet(
            text["Summary.ByCategory"].Value,
            [header, .. s.Categories.Select(c => (IReadOnlyList<object?>)[categories[c.Category], c.Found, c.Fixed, c.InProgress])]);
        return Result<ExportFile>.Ok(await TableExport.WriteAsync(
            text["Title.Summary"].Value, format, columns, s.Units, s.GeneratedOn, cancellationToken, byCategory));
    }

    /// <summary>A campaign and every unit's report in it (by unit name), for the county office alone.</summary>
    private async Task<Result<T>> OnCampaignAsync<T>(
        int id, Func<SelfInspectionCampaign, IReadOnlyList<UnitReport>, DateOnly, T> build, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!IsCounty(db.Scope))
        {
            return Result<T>.Fail(shared["Message.Forbidden"]);
        }

        var campaign = await db.SelfInspectionCampaigns.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (campaign is null)
        {
            return Result<T>.Fail(shared["Message.NotFound"]);
        }

        var reports = await db.SelfInspectionReports.AsNoTracking().Where(r => r.CampaignId == id)
            .Join(db.HostUnits, r => r.HostUnitId, u => u.Id, (r, u) => new { Report = r, u.Name })
            .OrderBy(x => x.Name).ToListAsync(cancellationToken);
        return Result<T>.Ok(build(campaign, [.. reports.Select(x => new UnitReport(x.Report, x.Name))], ChinaTime.Today(clock)));
    }

    private static bool MayPress(ReportTrigger trigger, bool county, bool mine) => trigger switch
    {
        ReportTrigger.Revise or ReportTrigger.Submit => mine,
        ReportTrigger.Accept or ReportTrigger.Return => county,
        _ => false,
    };

    private static string DomainTextUnmet(UnmetCondition unmet) => Localization.DomainText.Unmet(unmet).Condition;

    private static async Task<List<ReportLineForm>> PrefillAsync(AppDbContext db, int unit, DateOnly periodFrom, CancellationToken cancellationToken)
    {
        var items = await db.RectificationItems.AsNoTracking().Where(r => r.HostUnitId == unit)
            .Select(r => new { r.Category, r.OpenedOn, Verified = r.Status == RectificationStatus.Verified })
            .ToListAsync(cancellationToken);
        return [.. SelfInspectionPrefill.From(items.Select(i => new PrefillItem(i.Category, i.OpenedOn, i.Verified)), periodFrom)
            .Select(l => new ReportLineForm { Category = l.Category, Found = l.Found, Fixed = l.Fixed, InProgress = l.InProgress, Measures = l.Measures })];
    }

    // The unit acts on its own report only; a report of another unit is not found (the data scope hides it).
    private Task<Result> OnOwnReportAsync(
        int id, int version, Func<AppDbContext, SelfInspectionReport, CancellationToken, Task<RuleResult>> act, CancellationToken cancellationToken) =>
        RunAsync(
            new Command<SelfInspectionReport>(
                (db, ct) => db.SelfInspectionReports.SingleOrDefaultAsync(r => r.Id == id, ct),
                (scope, report) => OwnUnit(scope) == report.HostUnitId,
                version,
                act,
                text),
            cancellationToken);

    private Task<Result> OnReportAsCountyAsync(
        int id, int version, Func<AppDbContext, SelfInspectionReport, RuleResult> act, CancellationToken cancellationToken) =>
        RunAsync(
            new Command<SelfInspectionReport>(
                (db, ct) => db.SelfInspectionReports.SingleOrDefaultAsync(r => r.Id == id, ct),
                (scope, _) => IsCounty(scope),
                version,
                (db, report, _) => Task.FromResult(act(db, report)),
                text),
            cancellationToken);

    private async Task<Result> RunAsync<T>(Command<T> command, CancellationToken cancellationToken)
        where T : Entity => (await pipeline.RunAsync(command, cancellationToken)).Result;
}

/// <summary>A unit's report in a campaign, with the unit's name.</summary>
internal sealed record UnitReport(SelfInspectionReport Report, string Name);

/// <summary>A unit to choose for a campaign's scope.</summary>
public sealed record UnitOption(int Id, string Name);
