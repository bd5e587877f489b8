using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VendorManager.Domain.Auditing;
using VendorManager.Domain.Common;
using VendorManager.Domain.SelfInspections;
using VendorManager.Domain.Supervision;
using VendorManager.Persistence.Notifications;
using VendorManager.Web.Features.Audit;
using VendorManager.Web.Features.Home;
using VendorManager.Web.Features.SelfInspections;
using VendorManager.Web.Features.Shared;
using VendorManager.Web.Localization;
using VendorManager.Web.Tests.Features.Supervision;
using VendorManager.Web.Tests.Infrastructure;
using static VendorManager.Web.Tests.Features.Supervision.SupervisionWorld;

namespace VendorManager.Web.Tests.Features.SelfInspections;

/// <summary>
/// Issue 25: the county office opens a self-inspection campaign (自查整改专项) for all or chosen units; each unit fills in,
/// signs (the scan of its principal's signature) and submits its own report only; the county accepts or returns it.
/// </summary>
public sealed class SelfInspectionServiceTests
{
    private static readonly DateTime Due = new(2026, 12, 15);

    [Fact]
    public async Task A_campaign_for_chosen_units_gives_each_one_draft_report_and_tells_only_their_users()
    {
        await using var app = await TestApp.CreateAsync();
        var world = await CreateAsync(app);

        var id = await OpenAsync(world, world.Unit1);

        var told = (await world.NotificationsAsync()).Where(n => n.Kind == NotificationKind.SelfInspectionOpened).Select(n => n.Recipient).Order().ToList();
        Assert.Equal([.. new[] { world.Unit1User, world.Unit1Colleague }.Select(IdOf).Order()], told);
        var own = Assert.Single(await world.AsAsync(world.Unit1User, (SelfInspectionService s) => s.OwnReportsAsync(Ct)));
        Assert.Equal((ReportStatus.Draft, new DateOnly(2026, 12, 15)), (own.Status, own.DueOn));
        Assert.Empty(await world.AsAsync(world.Unit2User, (SelfInspectionService s) => s.OwnReportsAsync(Ct)));
        var campaign = (await world.AsAsync(Supervisor, (SelfInspectionService s) => s.GetCampaignAsync(id, Ct))).Value!;
        Assert.Equal([ReportStatus.Draft], campaign.Units.Select(u => u.Status));
    }

    [Fact]
    public async Task A_campaign_due_today_is_refused_beside_its_due_date_and_nothing_is_opened()
    {
        await using var app = await TestApp.CreateAsync();
        var world = await CreateAsync(app);

        var opened = await world.AsAsync(Supervisor, (SelfInspectionService s) => s.OpenCampaignAsync(
            new CampaignForm { Title = "自查整改", PeriodFrom = new DateTime(2026, 6, 1), DueOn = new DateTime(2026, 11, 27) }, Ct));

        Assert.Equal("报送截止日期应晚于今天。", opened.For(nameof(CampaignForm.DueOn)));
        Assert.Empty((await world.AsAsync(Supervisor, (SelfInspectionService s) => s.ListCampaignsAsync(new PageRequest(0, 10), Ct))).Items);
        Refused.Because(await world.AsAsync(world.Unit1User, (SelfInspectionService s) => s.OpenCampaignAsync(Form(), Ct)), Refused.Forbidden);
    }

    [Fact]
    public async Task A_unit_opens_and_writes_its_own_report_only()
    {
        await using var app = await TestApp.CreateAsync();
        var world = await CreateAsync(app);
        await OpenAsync(world, world.Unit1, world.Unit2);
        var report = await ReportOfAsync(world, world.Unit1User);

        Refused.Because(await world.AsAsync(world.Unit2User, (SelfInspectionService s) => s.GetReportAsync(report, Ct)), Refused.NotFound);
        Refused.Because(await world.AsAsync(world.Unit2User, (SelfInspectionService s) => s.SaveReportAsync(report, Lines(), Ct)), Refused.NotFound);
        Refused.Because(await world.AsAsync(world.Unit2User, (SelfInspectionService s) => s.UploadScanAsync(report, 0, Png(), Ct)), Refused.NotFound);
        Refused.Because(await world.AsAsync(Supervisor, (SelfInspectionService s) => s.SaveReportAsync(report, Lines(), Ct)), Refused.Forbidden);
        Refused.Because(await world.AsAsync(world.Unit1User, (SelfInspectionService s) => s.AcceptAsync(report, 0, Ct)), Refused.Forbidden);
        Assert.True((await world.AsAsync(world.Unit1Colleague, (SelfInspectionService s) => s.SaveReportAsync(report, Lines(), Ct))).Succeeded);
        Assert.Null(await world.AsAsync(world.Unit2User, (SelfInspectionService s) => s.OpenScanAsync(report, Ct)));
    }

    [Fact]
    public async Task A_change_to_a_line_of_the_report_is_in_the_audit_log_in_words_named_by_unit_campaign_and_category()
    {
        await using var app = await TestApp.CreateAsync();
        var world = await CreateAsync(app);
        await OpenAsync(world, world.Unit1);
        var report = await ReportOfAsync(world, world.Unit1User);
        Assert.True((await world.AsAsync(world.Unit1User, (SelfInspectionService s) => s.SaveReportAsync(report, Lines(), Ct))).Succeeded);

        var changed = Lines(await VersionAsync(world, report));
        var lax = changed.Lines.Single(l => l.Category == ProblemCategory.LaxReview);
        (lax.Fixed, lax.InProgress, lax.Measures) = (2, 0, "建立三审三校制度");
        var saved = await world.AsAsync(world.Unit1User, (SelfInspectionService s) => s.SaveReportAsync(report, changed, Ct));
        Assert.True(saved.Succeeded, saved.Describe());

        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(LocalizationSetup.Chinese);
        await using var scope = app.ScopeFor(TestUsers.Auditor);
        var log = await scope.ServiceProvider.GetRequiredService<AuditService>().ListAsync(new AuditFilter(EntityType: "SelfInspectionLine"), new PageRequest(0, 50), Ct);
        Assert.True(log.Succeeded, log.Describe());
        Assert.Equal(ProblemCategories.All.Count, log.Value!.Items.Count(r => r.Action == AuditAction.Insert));
        var update = Assert.Single(log.Value.Items, r => r.Action == AuditAction.Update);
        await using var db = app.CreateDbContext(UserScope.System);
        var unit = await db.HostUnits.Where(u => u.Id == world.Unit1).Select(u => u.Name).SingleAsync(Ct);
        Assert.Equal(("自查整改报告分类情况", $"{unit} 2026年政务新媒体自查整改 审核把关不严"), (update.EntityName, update.Record));
        Assert.Equal(["已整改：1 → 2", "整改中：1 → 0", "整改措施：已逐条整改 → 建立三审三校制度"], update.ChangeLines);
    }

    [Fact]
    public async Task A_never_saved_report_is_prefilled_with_the_units_own_items_by_category()
    {
        await using var app = await TestApp.CreateAsync();
        var world = await CreateAsync(app);
        await world.FindingOnUnit1Async(ProblemCategory.LaxReview);
        await OpenAsync(world, world.Unit1, world.Unit2);

        var (unit1Report, unit2Report) = (await ReportOfAsync(world, world.Unit1User), await ReportOfAsync(world, world.Unit2User));

        var mine = (await world.AsAsync(world.Unit1User, (SelfInspectionService s) => s.GetReportAsync(unit1Report, Ct))).Value!;
        var theirs = (await world.AsAsync(world.Unit2User, (SelfInspectionService s) => s.GetReportAsync(unit2Report, Ct))).Value!;

        Assert.True(mine.Prefilled);
        var lax = mine.Lines.Single(l => l.Category == ProblemCategory.LaxReview);
        Assert.Equal((1, 0, 1), (lax.Found, lax.Fixed, lax.InProgress));
        Assert.Equal(1, mine.Lines.Sum(l => l.Found));
        Assert.Equal(0, theirs.Lines.Sum(l => l.Found));
    }

    [Fact]
    public async Task Submitting_without_the_signed_scan_is_refused_and_says_so_and_a_file_that_is_no_scan_is_refused_too()
    {
        await using var app = await TestApp.CreateAsync();
        var world = await CreateAsync(app);
        await OpenAsync(world, world.Unit1);
        var report = await ReportOfAsync(world, world.Unit1User);
        Assert.True((await world.AsAsync(world.Unit1User, (SelfInspectionService s) => s.SaveReportAsync(report, Lines(), Ct))).Succeeded);

        Refused.Because(await world.AsAsync(world.Unit1User, async (SelfInspectionService s) => await s.SubmitAsync(report, await VersionAsync(world, report), Ct)),
            "报送前请上传经主要负责同志签字的报告扫描件。");
        var text = "不是扫描件"u8.ToArray();
        var notAScan = await world.AsAsync(world.Unit1User, async (SelfInspectionService s) =>
            await s.UploadScanAsync(report, await VersionAsync(world, report), new ScanUpload("签字页.pdf", text.Length, () => new MemoryStream(text)), Ct));
        Refused.Because(notAScan, "只接受 PDF、JPEG 或 PNG 文件（按文件内容判断）");

        var view = (await world.AsAsync(world.Unit1User, (SelfInspectionService s) => s.GetReportAsync(report, Ct))).Value!;
        Assert.Equal(ReportStatus.Draft, view.Status);
        Assert.Contains("已上传主要负责同志签字的报告扫描件", view.SubmitUnmet);
    }

    [Fact]
    public async Task The_county_returns_a_report_with_a_reason_the_unit_resubmits_and_the_county_accepts_it_into_the_summary()
    {
        await using var app = await TestApp.CreateAsync();
        var world = await CreateAsync(app);
        var campaign = await OpenAsync(world, world.Unit1, world.Unit2);
        var report = await ReportOfAsync(world, world.Unit1User);
        await SubmitAsync(world, report);
        Assert.Contains(await world.NotificationsAsync(), n => n.Kind == NotificationKind.SelfInspectionSubmitted && n.Recipient == IdOf(Supervisor));

        var noReason = await world.AsAsync(Supervisor, async (SelfInspectionService s) => await s.ReturnAsync(report, new ReturnReportForm { Version = await VersionAsync(world, report) }, Ct));
        Assert.NotNull(noReason.For(nameof(ReturnReportForm.Reason)));
        var returned = await world.AsAsync(Supervisor, async (SelfInspectionService s) =>
            await s.ReturnAsync(report, new ReturnReportForm { Reason = "签字页不清晰", Version = await VersionAsync(world, report) }, Ct));
        Assert.True(returned.Succeeded, returned.Describe());
        Assert.Contains(await world.NotificationsAsync(), n => n.Kind == NotificationKind.SelfInspectionReturned && n.Recipient == IdOf(world.Unit1User));
        var back = (await world.AsAsync(world.Unit1User, (SelfInspectionService s) => s.GetReportAsync(report, Ct))).Value!;
        Assert.Equal((ReportStatus.Returned, "签字页不清晰"), (back.Status, back.ReturnReason));
        Assert.Contains(ReportTrigger.Submit, back.Actions);

        Assert.True((await world.AsAsync(world.Unit1User, async (SelfInspectionService s) => await s.SubmitAsync(report, await VersionAsync(world, report), Ct))).Succeeded);
        Refused.Because(await world.AsAsync(Supervisor, (SelfInspectionService s) => s.AcceptAsync(report, 0, Ct)), Refused.Stale);
        Assert.True((await world.AsAsync(Supervisor, async (SelfInspectionService s) => await s.AcceptAsync(report, await VersionAsync(world, report), Ct))).Succeeded);

        var summary = (await world.AsAsync(Supervisor, (SelfInspectionService s) => s.SummaryAsync(campaign, Ct))).Value!;
        Assert.Equal([ReportStatus.Draft, ReportStatus.Accepted], summary.Units.OrderBy(u => u.Status).Select(u => u.Status));
        Assert.Equal((16, 8, 8), (summary.Total.Found, summary.Total.Fixed, summary.Total.InProgress));
        var xlsx = await world.AsAsync(Supervisor, (SelfInspectionService s) => s.ExportSummaryAsync(campaign, Web.Features.DataExchange.TableFormat.Xlsx, Ct));
        Assert.True(xlsx.Succeeded && xlsx.Value!.Content.Length > 0);
        Refused.Because(await world.AsAsync(world.Unit1User, (SelfInspectionService s) => s.SummaryAsync(campaign, Ct)), Refused.Forbidden);
    }

    [Fact]
    public async Task The_county_sees_who_is_overdue_reminds_them_once_a_day_and_the_units_to_do_shows_the_report_and_its_due_date()
    {
        await using var app = await TestApp.CreateAsync();
        var world = await CreateAsync(app);
        var campaign = await OpenAsync(world, world.Unit1, world.Unit2);
        await SubmitAsync(world, await ReportOfAsync(world, world.Unit1User));

        var todo = await world.AsAsync(world.Unit2User, (IEnumerable<IPendingWorkSource> all) => all.OfType<SelfInspectionPendingWork>().Single().GetAsync(Web.Security.CurrentUser.ScopeOf(world.Unit2User), Ct));
        Assert.Contains(todo, t => t.Text.Contains("2026-12-15", StringComparison.Ordinal) && t.Urgency == PendingWorkUrgency.Normal);

        app.Clock.Advance(TimeSpan.FromDays(20));
        var view = (await world.AsAsync(Supervisor, (SelfInspectionService s) => s.GetCampaignAsync(campaign, Ct))).Value!;
        Assert.Equal((1, 1), (view.SubmittedCount, view.OverdueCount));
        Assert.Equal(1, (await world.AsAsync(Supervisor, (SelfInspectionService s) => s.RemindAsync(campaign, Ct))).Value);
        Assert.Equal(0, (await world.AsAsync(Supervisor, (SelfInspectionService s) => s.RemindAsync(campaign, Ct))).Value);
        var reminded = (await world.NotificationsAsync()).Where(n => n.Kind == NotificationKind.SelfInspectionReminder).Select(n => n.Recipient).ToList();
        Assert.Equal([IdOf(world.Unit2User)], reminded);
        todo = await world.AsAsync(world.Unit2User, (IEnumerable<IPendingWorkSource> all) => all.OfType<SelfInspectionPendingWork>().Single().GetAsync(Web.Security.CurrentUser.ScopeOf(world.Unit2User), Ct));
        Assert.Contains(todo, t => t.Urgency == PendingWorkUrgency.Critical);
    }

    internal static CampaignForm Form(params int[] units) => new()
    {
        Title = "2026年政务新媒体自查整改", PeriodFrom = new DateTime(2026, 6, 1), DueOn = Due, AllUnits = units.Length == 0, HostUnitIds = units,
    };

    internal static ReportForm Lines(int version = 0) => new()
    {
        Version = version,
        Lines = [.. ProblemCategories.All.Select(c => new ReportLineForm { Category = c, Found = 2, Fixed = 1, InProgress = 1, Measures = "已逐条整改" })],
    };

    private static async Task<int> OpenAsync(SupervisionWorld world, params int[] units)
    {
        var opened = await world.AsAsync(Supervisor, (SelfInspectionService s) => s.OpenCampaignAsync(Form(units), Ct));
        Assert.True(opened.Succeeded, opened.Describe());
        return opened.Value;
    }

    private static async Task<int> ReportOfAsync(SupervisionWorld world, System.Security.Claims.ClaimsPrincipal unitUser) =>
        (await world.AsAsync(unitUser, (SelfInspectionService s) => s.OwnReportsAsync(Ct))).Single().Id;

    private static async Task<int> VersionAsync(SupervisionWorld world, int report)
    {
        await using var db = world.App.CreateDbContext(UserScope.System);
        return await db.SelfInspectionReports.Where(r => r.Id == report).Select(r => r.Version).SingleAsync(Ct);
    }

    private static async Task SubmitAsync(SupervisionWorld world, int report)
    {
        Assert.True((await world.AsAsync(world.Unit1User, async (SelfInspectionService s) => await s.SaveReportAsync(report, Lines(await VersionAsync(world, report)), Ct))).Succeeded);
        Assert.True((await world.AsAsync(world.Unit1User, async (SelfInspectionService s) => await s.UploadScanAsync(report, await VersionAsync(world, report), Png("签字页.png"), Ct))).Succeeded);
        var submitted = await world.AsAsync(world.Unit1User, async (SelfInspectionService s) => await s.SubmitAsync(report, await VersionAsync(world, report), Ct));
        Assert.True(submitted.Succeeded, submitted.Describe());
    }
}
