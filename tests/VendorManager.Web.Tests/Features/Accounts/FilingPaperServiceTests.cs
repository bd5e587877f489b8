using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VendorManager.Domain.Accounts;
using VendorManager.Domain.Auditing;
using VendorManager.Domain.Common;
using VendorManager.Persistence.Notifications;
using VendorManager.Web.Features.Accounts;
using VendorManager.Web.Features.Home;
using VendorManager.Web.Features.Notifications;
using VendorManager.Web.Jobs;
using VendorManager.Web.Tests.Features.Supervision;
using VendorManager.Web.Tests.Infrastructure;

namespace VendorManager.Web.Tests.Features.Accounts;

/// <summary>Filing papers (备案材料) and the county office's time limit (办理时限), as the unit and the county use them.</summary>
public sealed class FilingPaperServiceTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static OpeningForm Opening(string name) => new() { Platform = Platform.Douyin, Name = name, Operator = AccountOperator.UnderContract };

    private static string PaperFolder(TestApp app) => Path.Combine(
        Web.Data.DatabaseSetup.DataDirectory(
            app.Services.GetRequiredService<Microsoft.Extensions.Configuration.IConfiguration>(),
            app.Services.GetRequiredService<Microsoft.Extensions.Hosting.IHostEnvironment>()),
        "files", FilingService.PaperArea);

    private static int FilesIn(string folder) => Directory.Exists(folder) ? Directory.GetFiles(folder).Length : 0;

    /// <summary>Unit 1 files an opening with its papers and the county returns it.</summary>
    private static async Task<(int Filing, int Account)> ReturnedOpeningAsync(SupervisionWorld world, IReadOnlyList<PaperUpload> papers)
    {
        var filed = await world.AsAsync(world.Unit1User, (FilingService s) => s.FileOpeningAsync(Opening("城关抖音"), papers, Ct));
        Assert.True(filed.Succeeded, filed.Describe());
        var filingId = (await world.AsAsync(SupervisionWorld.Supervisor, (FilingService s) => s.ListAsync(FilingState.Submitted, new(0, 10), Ct)))
            .Items.Single(f => f.AccountId == filed.Value).Id;
        var returned = await world.AsAsync(SupervisionWorld.Supervisor, (FilingService s) => s.ReturnAsync(filingId, new ReturnForm { Reason = "补充账号主体认证材料" }, Ct));
        Assert.True(returned.Succeeded, returned.Describe());
        return (filingId, filed.Value);
    }

    [Fact]
    public async Task A_filing_without_a_required_paper_is_refused_naming_it_and_nothing_is_kept()
    {
        await using var app = await TestApp.CreateAsync();
        var world = await SupervisionWorld.CreateAsync(app);
        var kept = FilesIn(PaperFolder(app));

        var refused = await world.AsAsync(world.Unit1User, (FilingService s) =>
            s.FileOpeningAsync(Opening("城关抖音"), [FilingPaperUploads.Pdf(FilingPaper.SubjectCertification)], Ct));

        Refused.Because(refused, "请先上传必需的备案材料：运维人员信息。");
        await using var db = app.CreateDbContext(UserScope.System);
        Assert.False(await db.Accounts.AnyAsync(a => a.Name == "城关抖音", Ct));
        Assert.Equal(kept, FilesIn(PaperFolder(app)));
    }

    [Fact]
    public async Task A_paper_is_checked_by_its_content_as_every_scan_is()
    {
        await using var app = await TestApp.CreateAsync();
        var world = await SupervisionWorld.CreateAsync(app);
        var kept = FilesIn(PaperFolder(app));
        var notAScan = new PaperUpload(FilingPaper.OperatorInformation, FilingPaperUploads.Scan("运维人员.pdf", "<html><script>alert(1)</script>"u8.ToArray()));

        var refused = await world.AsAsync(world.Unit1User, (FilingService s) =>
            s.FileOpeningAsync(Opening("城关抖音"), [FilingPaperUploads.Pdf(FilingPaper.SubjectCertification), notAScan], Ct));

        Refused.Because(refused, "运维人员信息：只接受 PDF、JPEG 或 PNG 文件（按文件内容判断）");
        Assert.Equal(kept, FilesIn(PaperFolder(app)));
    }

    [Fact]
    public async Task A_refiled_opening_carries_the_returned_papers_and_removing_one_there_keeps_the_scan_the_returned_filing_shows()
    {
        await using var app = await TestApp.CreateAsync();
        var world = await SupervisionWorld.CreateAsync(app);
        var (returnedId, accountId) = await ReturnedOpeningAsync(world, FilingPaperUploads.Complete(FilingKind.Opening));
        var stored = FilesIn(PaperFolder(app));

        // Corrected details, no upload: the papers already filed come along.
        var refiled = await world.AsAsync(world.Unit1User, (FilingService s) => s.ResubmitOpeningAsync(accountId, Opening("城关镇发布"), [], Ct));

        Assert.True(refiled.Succeeded, refiled.Describe());
        Assert.Equal(stored, FilesIn(PaperFolder(app)));
        var filings = (await world.AsAsync(world.Unit1User, (AccountService s) => s.GetAsync(accountId, Ct))).Value!.Filings;
        var newer = filings.Single(f => f.Id != returnedId);
        Assert.Equal(
            filings.Single(f => f.Id == returnedId).Papers.Select(p => (p.Paper, p.FileName)).Order(),
            newer.Papers.Select(p => (p.Paper, p.FileName)).Order());
        var returnedAgain = await world.AsAsync(SupervisionWorld.Supervisor, (FilingService s) => s.ReturnAsync(newer.Id, new ReturnForm { Reason = "补充运维人员信息" }, Ct));
        Assert.True(returnedAgain.Succeeded, returnedAgain.Describe());
        var carried = newer.Papers.Single(p => p.Paper == FilingPaper.OperatorInformation);
        Assert.True((await world.AsAsync(world.Unit1User, (FilingService s) => s.RemovePaperAsync(newer.Id, carried.Id, Ct))).Succeeded);
        var first = filings.Single(f => f.Id == returnedId).Papers.Single(p => p.Paper == FilingPaper.OperatorInformation);
        var download = await world.AsAsync(SupervisionWorld.Supervisor, (FilingService s) => s.OpenPaperAsync(returnedId, first.Id, Ct));
        Assert.NotNull(download);
        await download.Content.DisposeAsync();
    }

    [Fact]
    public async Task A_returned_filing_takes_the_papers_asked_for_and_is_resubmitted_and_the_county_reads_them()
    {
        await using var app = await TestApp.CreateAsync();
        var world = await SupervisionWorld.CreateAsync(app);
        long before;
        await using (var start = app.CreateDbContext(UserScope.System))
        {
            before = await start.AuditEntries.MaxAsync(e => e.Sequence, Ct);
        }

        var (filingId, accountId) = await ReturnedOpeningAsync(world, FilingPaperUploads.Complete(FilingKind.Opening));

        // The unit replaces its subject certification: removes the old scan, attaches the new one, resubmits.
        var detail = await world.AsAsync(world.Unit1User, (AccountService s) => s.GetAsync(accountId, Ct));
        var returned = detail.Value!.Filings.Single(f => f.Id == filingId);
        Assert.True(returned.PapersEditable);
        var old = returned.Papers.Single(p => p.Paper == FilingPaper.SubjectCertification);
        Assert.True((await world.AsAsync(world.Unit1User, (FilingService s) => s.RemovePaperAsync(filingId, old.Id, Ct))).Succeeded);

        var incomplete = await world.AsAsync(world.Unit1User, (FilingService s) => s.ResubmitAsync(filingId, Ct));
        Refused.Because(incomplete, "请先上传必需的备案材料：主体认证材料。");

        var attached = await world.AsAsync(world.Unit1User, (FilingService s) =>
            s.AttachPaperAsync(filingId, new PaperUpload(FilingPaper.SubjectCertification, FilingPaperUploads.Scan("认证公函.pdf", Web.Data.Seeding.DemoSeeder.TinyPdf())), Ct));
        Assert.True(attached.Succeeded, attached.Describe());
        var resubmitted = await world.AsAsync(world.Unit1User, (FilingService s) => s.ResubmitAsync(filingId, Ct));
        Assert.True(resubmitted.Succeeded, resubmitted.Describe());

        // Under examination the papers stay as they are.
        var submittedPaper = (await world.AsAsync(SupervisionWorld.Supervisor, (FilingService s) => s.ListAsync(FilingState.Submitted, new(0, 10), Ct)))
            .Items.Single(f => f.Id == filingId).Papers.Single(p => p.Paper == FilingPaper.SubjectCertification);
        Assert.Equal("认证公函.pdf", submittedPaper.FileName);
        Refused.Because(
            await world.AsAsync(world.Unit1User, (FilingService s) => s.RemovePaperAsync(filingId, submittedPaper.Id, Ct)),
            "只有提交时或被退回后才能添加或删除备案材料。");

        var download = await world.AsAsync(SupervisionWorld.Supervisor, (FilingService s) => s.OpenPaperAsync(filingId, submittedPaper.Id, Ct));
        Assert.NotNull(download);
        await using (download.Content)
        {
            Assert.Equal("application/pdf", download.ContentType);
            Assert.Equal("认证公函.pdf", download.FileName);
        }

        // Another unit does not even learn that the paper exists.
        Assert.Null(await world.AsAsync(world.Unit2User, (FilingService s) => s.OpenPaperAsync(filingId, submittedPaper.Id, Ct)));

        // Every upload, removal and download is in the audit log.
        await using var db = app.CreateDbContext(UserScope.System);
        var entries = await db.AuditEntries.AsNoTracking().Where(e => e.Sequence > before).ToListAsync(Ct);
        Assert.Equal(3, entries.Count(e => e.EntityType == nameof(FilingAttachment) && e.Action == AuditAction.Insert));
        Assert.Single(entries, e => e.EntityType == nameof(FilingAttachment) && e.Action == AuditAction.Delete);
        Assert.Single(entries, e => e.EntityType == FilingService.DownloadAuditedAs && e.EntityKey == $"{filingId},{submittedPaper.Id}" && e.UserName == "county");
    }

    [Fact]
    public async Task A_filing_past_the_limit_is_flagged_on_the_list_the_home_page_and_reminded_of_once()
    {
        await using var app = await TestApp.CreateAsync();
        var world = await SupervisionWorld.CreateAsync(app);
        // Friday 2026-11-27: five working days end on Friday 2026-12-04.
        var filed = await world.AsAsync(world.Unit1User, (FilingService s) => s.FileOpeningAsync(Opening("城关抖音"), FilingPaperUploads.Complete(FilingKind.Opening), Ct));
        Assert.True(filed.Succeeded, filed.Describe());

        app.Clock.Advance(TimeSpan.FromDays(7));
        var onTime = (await world.AsAsync(SupervisionWorld.Supervisor, (FilingService s) => s.ListAsync(FilingState.Submitted, new(0, 10), Ct))).Items.Single(f => f.AccountId == filed.Value);
        Assert.Null(onTime.OverdueWorkingDays);

        app.Clock.Advance(TimeSpan.FromDays(3));
        var late = (await world.AsAsync(SupervisionWorld.Supervisor, (FilingService s) => s.ListAsync(FilingState.Submitted, new(0, 10), Ct))).Items.Single(f => f.AccountId == filed.Value);
        Assert.Equal(1, late.OverdueWorkingDays);

        var home = await world.AsAsync(SupervisionWorld.Supervisor, (HomeService s) => s.GetPendingWorkAsync(Ct));
        Assert.Contains(home, i => i.Text == "1 件备案超期未受理" && i.Href == "/filings" && i.Urgency == PendingWorkUrgency.Critical);
        Assert.Contains(home, i => i.Text == "最早一件待受理备案于 2026-11-27 提交");

        var today = ChinaTime.Today(app.Clock);
        await RunRemindersAsync(app, today);
        await RunRemindersAsync(app, today.AddDays(1));
        var reminders = (await world.NotificationsAsync()).Where(n => n.Kind == NotificationKind.FilingOverdue).ToList();
        Assert.Equal([SupervisionWorld.IdOf(SupervisionWorld.Supervisor)], reminders.Select(n => n.Recipient));
    }

    [Fact]
    public async Task The_time_limit_is_a_setting()
    {
        await using var app = await TestApp.CreateAsync(new Dictionary<string, string?> { [AccountSettings.FilingTimeLimitKey] = "10" });
        var world = await SupervisionWorld.CreateAsync(app);
        var filed = await world.AsAsync(world.Unit1User, (FilingService s) => s.FileOpeningAsync(Opening("城关抖音"), FilingPaperUploads.Complete(FilingKind.Opening), Ct));
        Assert.True(filed.Succeeded, filed.Describe());

        app.Clock.Advance(TimeSpan.FromDays(10));

        var row = (await world.AsAsync(SupervisionWorld.Supervisor, (FilingService s) => s.ListAsync(FilingState.Submitted, new(0, 10), Ct))).Items.Single();
        Assert.Null(row.OverdueWorkingDays);
    }

    private static async Task RunRemindersAsync(TestApp app, DateOnly day)
    {
        await using var scope = app.SystemScope();
        await scope.ServiceProvider.GetServices<IDailyJob>().OfType<ReminderJob>().Single().RunAsync(day, Ct);
    }
}
