using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using VendorManager.Domain.Accounts;
using VendorManager.Domain.Agencies;
using VendorManager.Domain.Common;
using VendorManager.Domain.Staff;
using VendorManager.Web.Features.DataExchange;
using VendorManager.Web.Tests.Features.Accounts;
using VendorManager.Web.Tests.Features.Agencies;
using VendorManager.Web.Tests.Features.Staff;
using VendorManager.Web.Tests.Infrastructure;
using static VendorManager.Web.Tests.Features.DataExchange.DataExchangeTestData;

namespace VendorManager.Web.Tests.Features.DataExchange;

public sealed class ImportServiceTests
{
    [Theory]
    [InlineData(TableFormat.Xlsx)]
    [InlineData(TableFormat.Csv)]
    public async Task A_file_with_one_bad_row_stores_nothing_and_reports_that_row(TableFormat format)
    {
        await using var app = await TestApp.CreateAsync();
        var bad = AgencyTestData.Code(2)[..17] + (AgencyTestData.Code(2)[17] == '0' ? '1' : '0');
        var file = await FileAsync(format, AgencyHeaders,
        [
            AgencyLine("甲传媒有限公司", AgencyTestData.Code(1)),
            AgencyLine("乙文化有限公司", bad),
            AgencyLine("丙网络有限公司", AgencyTestData.Code(3)),
        ]);

        var (preview, outcome) = await ImportAsync(app, AgencyTestData.Procurement, ImportKind.Agencies, file, "agencies" + format.Extension());

        var issue = Assert.Single(preview.Issues);
        Assert.Equal(3, issue.Line);
        Assert.Equal("统一社会信用代码", issue.Field);
        Assert.StartsWith("统一社会信用代码无效", issue.Reason, StringComparison.Ordinal);
        Assert.False(preview.CanConfirm);
        Assert.False(outcome.Succeeded);
        Assert.Equal(issue, Assert.Single(outcome.Issues));
        await using var db = app.CreateDbContext(UserScope.System);
        Assert.Equal(0, await db.Agencies.CountAsync(Ct));
        Assert.Equal(0, await db.AuditEntries.CountAsync(Ct));
    }

    [Fact]
    public async Task A_contact_phone_that_is_neither_a_mobile_nor_a_landline_number_is_reported_by_line()
    {
        await using var app = await TestApp.CreateAsync();
        object?[] WithPhone(object?[] line, string phone) => [.. line[..4], phone, .. line[5..]];
        var file = await FileAsync(TableFormat.Csv, AgencyHeaders,
        [
            AgencyLine("甲传媒有限公司", AgencyTestData.Code(1)),
            WithPhone(AgencyLine("乙文化有限公司", AgencyTestData.Code(2)), "0571-1"),
            WithPhone(AgencyLine("丙网络有限公司", AgencyTestData.Code(3)), "138 1234 5678"),
        ]);

        var (preview, outcome) = await ImportAsync(app, AgencyTestData.Procurement, ImportKind.Agencies, file, "agencies.csv");

        var issue = Assert.Single(preview.Issues);
        Assert.Equal((3, "联系电话"), (issue.Line, issue.Field));
        Assert.Equal("联系电话应为手机号码，或带区号的固定电话（如 0571-88880000）", issue.Reason);
        Assert.False(outcome.Succeeded);
    }

    [Theory]
    [InlineData(ImportKind.Agencies, "代运营机构导入模板")]
    [InlineData(ImportKind.Staff, "派驻人员导入模板")]
    [InlineData(ImportKind.Accounts, "账号导入模板")]
    public async Task A_workbook_template_names_its_sheets_for_what_they_hold(ImportKind kind, string sheet)
    {
        var template = await TemplateAsync(kind, TableFormat.Xlsx);

        Assert.Equal([sheet, "填写说明"], MiniExcelLibs.MiniExcel.GetSheetNames(new MemoryStream(template.Content)));
    }

    [Fact]
    public async Task A_small_workbook_that_inflates_to_a_100_MB_cell_is_refused_quickly_with_the_reason_and_leaves_no_temporary_file()
    {
        var logs = new CapturedLogs();
        await using var app = await TestApp.CreateAsync(configureServices: services => services.AddLogging(logging => logging.AddProvider(logs)));
        var bomb = await InflatingWorkbookAsync(AgencyHeaders, 100 * 1024 * 1024);
        var before = TemporaryFiles();

        // Before the limits the page said "正在读取文件…" for minutes: a refusal must come at once, not after a timeout.
        var preview = await PreviewAsync(app, AgencyTestData.Procurement, ImportKind.Agencies, bomb, "张三的名单.xlsx").WaitAsync(TimeSpan.FromSeconds(30), Ct);

        Assert.StartsWith("文件内容过大", preview.Error, StringComparison.Ordinal);
        Assert.Null(preview.Table);
        Assert.False(preview.CanConfirm);
        Assert.Empty(TemporaryFiles().Except(before));
        // The operator learns of it; the file's name, which may name a person, stays out of the log.
        Assert.Contains($"Warning {typeof(ImportService).FullName}: Import of Agencies refused as ContentTooLarge", logs.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("张三", logs.Text, StringComparison.Ordinal);
    }

    // Files the app or a library leaves in the machine's temporary folder (the backup tests' own copies are theirs).
    private static HashSet<string> TemporaryFiles() =>
        Directory.EnumerateFiles(Path.GetTempPath()).Where(f => !Path.GetFileName(f).StartsWith("vendormanager-backup-", StringComparison.Ordinal)).ToHashSet();

    [Fact]
    public async Task A_good_file_of_10000_rows_imports_in_one_go_with_an_audit_entry_per_record()
    {
        await using var app = await TestApp.CreateAsync();
        var file = await FileAsync(TableFormat.Xlsx, AgencyHeaders,
            Enumerable.Range(1, 10_000).Select(n => AgencyLine($"第{n}传媒有限公司", AgencyTestData.Code(n), $"3312{n:000000}")));

        await using var scope = app.ScopeFor(AgencyTestData.Procurement);
        var imports = scope.ServiceProvider.GetRequiredService<ImportService>();
        var watch = Stopwatch.StartNew();
        var preview = await imports.PreviewAsync(ImportKind.Agencies, new MemoryStream(file), "agencies.xlsx", null, Ct);
        var previewed = watch.Elapsed;
        var saving = new Recorded();
        var outcome = await imports.ConfirmAsync(preview, false, saving, Ct);
        watch.Stop();

        Assert.Empty(preview.Issues);
        Assert.True(outcome.Succeeded);
        Assert.Equal(20_000, outcome.Stored);
        // The bar moves while the records are written, batch by batch, up to all of them.
        var saved = saving.Reports.Where(p => p.Stage == ImportStage.Saving).ToList();
        Assert.All(saved, p => Assert.Equal(20_000, p.Total));
        Assert.True(saved.Count > 10, $"{saved.Count} saving reports");
        Assert.Equal(saved.Select(p => p.Done).Order(), saved.Select(p => p.Done));
        Assert.Equal((0, 20_000), (saved[0].Done, saved[^1].Done));
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"10,000 agencies with a licence each ({file.Length / 1024} KB xlsx): preview {previewed.TotalSeconds:0.0} s, " +
            $"confirm (check again + store) {(watch.Elapsed - previewed).TotalSeconds:0.0} s");
        await using var db = app.CreateDbContext(UserScope.System);
        Assert.Equal(10_000, await db.Agencies.CountAsync(Ct));
        Assert.Equal(10_000, await db.Qualifications.CountAsync(q => q.ReviewStatus == QualificationReviewStatus.Pending, Ct));
        Assert.Equal(20_000, await db.AuditEntries.CountAsync(Ct));
        Assert.Equal("procurement", (await db.AuditEntries.OrderBy(e => e.Sequence).FirstAsync(Ct)).UserName);
    }

    [Fact]
    public async Task Confirming_while_another_writer_holds_the_database_is_refused_as_busy_stores_nothing_and_succeeds_when_tried_again()
    {
        await using var app = await TestApp.CreateAsync(new Dictionary<string, string?> { ["Database:CommandTimeoutSeconds"] = "1" });
        var file = await FileAsync(TableFormat.Xlsx, AgencyHeaders,
            [AgencyLine("甲传媒有限公司", AgencyTestData.Code(1)), AgencyLine("乙文化有限公司", AgencyTestData.Code(2), "33120230002")]);
        await using var scope = app.ScopeFor(AgencyTestData.Procurement);
        var imports = scope.ServiceProvider.GetRequiredService<ImportService>();
        var preview = await imports.PreviewAsync(ImportKind.Agencies, new MemoryStream(file), "agencies.xlsx", null, Ct);

        await using (await DatabaseLock.HoldTableAsync(app.Database, "Agencies"))
        {
            var refused = await imports.ConfirmAsync(preview, false, null, Ct);

            Assert.Equal(DatabaseLock.BusyMessage, refused.Error);
            Assert.Equal(0, refused.Stored);
        }

        await using (var db = app.CreateDbContext(UserScope.System))
        {
            Assert.Equal(0, await db.Agencies.CountAsync(Ct));
            Assert.Equal(0, await db.AuditEntries.CountAsync(Ct));
        }

        var stored = await imports.ConfirmAsync(preview, false, null, Ct);

        Assert.True(stored.Succeeded, stored.Error);
        Assert.Equal(4, stored.Stored);
    }

    [Fact]
    public async Task Duplicates_in_the_file_and_codes_already_registered_are_reported_by_line()
    {
        await using var app = await TestApp.CreateAsync();
        await AgencyTestData.AddAgencyAsync(app, "已登记公司", 9);
        var file = await FileAsync(TableFormat.Xlsx, AgencyHeaders,
        [
            AgencyLine("甲传媒有限公司", AgencyTestData.Code(1)),
            ["甲传媒有限公司", AgencyTestData.Code(1).ToLowerInvariant()],
            AgencyLine("已登记公司", AgencyTestData.Code(9)),
        ]);

        var preview = await PreviewAsync(app, AgencyTestData.Procurement, ImportKind.Agencies, file);

        Assert.Equal(
            [(3, "统一社会信用代码", "与第 2 行重复"), (4, "统一社会信用代码", "该统一社会信用代码已登记")],
            preview.Issues.Select(i => (i.Line, i.Field, i.Reason)));
    }

    [Fact]
    public async Task Later_lines_of_one_agency_add_qualifications_which_wait_for_procurements_review()
    {
        await using var app = await TestApp.CreateAsync();
        var code = AgencyTestData.Code(1);
        var file = await FileAsync(TableFormat.Csv, AgencyHeaders,
        [
            AgencyLine("甲传媒有限公司", code),
            ["", code, "", "", "", "", "", "营业执照", "91330100-1", "杭州市市场监督管理局", "", "2020-01-01", "2040-12-31"],
            ["", code, "另一个法人", "", "", "", "", "其他资质", "X-1", "某机关", "", "2020-01-01", "2040-12-31"],
        ]);

        var preview = await PreviewAsync(app, AgencyTestData.Procurement, ImportKind.Agencies, file, "a.csv");
        Assert.Equal([(4, "法定代表人", "与第 2 行同一机构的信息不一致")], preview.Issues.Select(i => (i.Line, i.Field, i.Reason)));

        var good = await FileAsync(TableFormat.Csv, AgencyHeaders,
            [AgencyLine("甲传媒有限公司", code), ["", code, "", "", "", "", "", "营业执照", "91330100-1", "杭州市市场监督管理局", "", "2020-01-01", "2040-12-31"]]);
        var (_, outcome) = await ImportAsync(app, AgencyTestData.Procurement, ImportKind.Agencies, good, "a.csv");

        Assert.True(outcome.Succeeded);
        await using var db = app.CreateDbContext(UserScope.System);
        var agency = await db.Agencies.SingleAsync(Ct);
        var qualifications = (await db.Qualifications.Where(q => q.AgencyId == agency.Id).ToListAsync(Ct)).OrderBy(q => q.Kind).ToList();
        Assert.Equal([QualificationKind.NewsServiceLicence, QualificationKind.BusinessLicence], qualifications.Select(q => q.Kind));
        Assert.Equal(ServiceScopes.Editorial | ServiceScopes.Reprint, qualifications[0].Scopes);
        Assert.All(qualifications, q => Assert.Equal(QualificationReviewStatus.Pending, q.ReviewStatus));
    }

    [Fact]
    public async Task Unreadable_choices_and_dates_are_reported_once_each()
    {
        await using var app = await TestApp.CreateAsync();
        var line = AgencyLine("甲传媒有限公司", AgencyTestData.Code(1));
        line[7] = "许可证";
        line[12] = "2028年12月31日";
        var file = await FileAsync(TableFormat.Xlsx, AgencyHeaders, [line]);

        var preview = await PreviewAsync(app, AgencyTestData.Procurement, ImportKind.Agencies, file);

        Assert.Equal(["资质类型", "有效期至"], preview.Issues.Select(i => i.Field));
        Assert.Contains("互联网新闻信息服务许可", preview.Issues[0].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_without_a_required_column_is_reported_at_its_header()
    {
        await using var app = await TestApp.CreateAsync();
        var file = await FileAsync(TableFormat.Xlsx, ["机构名称"], [["甲传媒有限公司"]]);

        var preview = await PreviewAsync(app, AgencyTestData.Procurement, ImportKind.Agencies, file);

        Assert.Equal([(1, "统一社会信用代码", "文件缺少此列")], preview.Issues.Select(i => (i.Line, i.Field, i.Reason)));
    }

    [Fact]
    public async Task Each_role_may_import_only_what_its_forms_create()
    {
        await using var app = await TestApp.CreateAsync();

        Assert.Equal([ImportKind.Agencies], await KindsAsync(app, TestUsers.Supervisor));
        Assert.Equal([ImportKind.Agencies], await KindsAsync(app, AgencyTestData.Procurement));
        Assert.Equal([ImportKind.Staff], await KindsAsync(app, TestUsers.Agency(1)));
        Assert.Equal([ImportKind.Accounts], await KindsAsync(app, TestUsers.HostUnit(1)));
        Assert.Empty(await KindsAsync(app, TestUsers.Admin));
        var file = await FileAsync(TableFormat.Xlsx, AgencyHeaders, [AgencyLine("甲传媒有限公司", AgencyTestData.Code(1))]);
        var preview = await PreviewAsync(app, TestUsers.HostUnit(1), ImportKind.Agencies, file);
        Assert.Equal("您无权执行此操作。", preview.Error);
    }

    [Fact]
    public async Task Staff_are_stored_encrypted_only_once_the_purpose_of_collection_is_acknowledged()
    {
        await using var app = await TestApp.CreateAsync();
        var (agency, _) = await StaffTestData.SeedAgenciesAsync(app);
        var file = await FileAsync(TableFormat.Xlsx, StaffHeaders,
            [["张三", "编辑", StaffTestData.IdNumber(1), "13812345678"], ["李四", "审核", StaffTestData.IdNumber(2).ToLowerInvariant(), "13912345678"]]);

        var (preview, refused) = await ImportAsync(app, TestUsers.Agency(agency.Id), ImportKind.Staff, file);
        Assert.Equal("请确认已告知收集目的", refused.Error);
        Assert.Equal("330102********" + StaffTestData.IdNumber(1)[14..], preview.Rows[0][2]);
        Assert.Equal("138****5678", preview.Rows[0][3]);

        var (_, outcome) = await ImportAsync(app, TestUsers.Agency(agency.Id), ImportKind.Staff, file, acknowledged: true);

        Assert.True(outcome.Succeeded, outcome.Error);
        await using var db = app.CreateDbContext(UserScope.System);
        var people = await db.StaffMembers.OrderBy(s => s.Name).ToListAsync(Ct);
        Assert.Equal(2, people.Count);
        Assert.All(people, p =>
        {
            Assert.Equal(agency.Id, p.AgencyId);
            Assert.StartsWith("pd1.", p.IdNumberCiphertext, StringComparison.Ordinal);
            Assert.DoesNotContain(StaffTestData.IdNumber(1), p.IdNumberCiphertext, StringComparison.Ordinal);
            Assert.Equal("agency", p.PurposeAcknowledgedBy);
        });
        Assert.Equal(2, await db.AuditEntries.CountAsync(e => e.EntityType == nameof(StaffMember), Ct));
    }

    [Fact]
    public async Task A_person_already_registered_by_any_agency_or_twice_in_the_file_is_refused()
    {
        await using var app = await TestApp.CreateAsync();
        var (first, second) = await StaffTestData.SeedAgenciesAsync(app);
        await StaffTestData.AddAsync(app, second.Id, StaffTestData.NewPerson("王五", 5));
        var file = await FileAsync(TableFormat.Csv, StaffHeaders,
        [
            ["王五", "编辑", StaffTestData.IdNumber(5), "13812345678"],
            ["赵六", "编辑", StaffTestData.IdNumber(6), "13812345678"],
            ["赵六", "审核", StaffTestData.IdNumber(6), "13812345679"],
            ["钱七", "司机", "110105199003150000", "123"],
        ]);

        var preview = await PreviewAsync(app, TestUsers.Agency(first.Id), ImportKind.Staff, file, "staff.csv");

        Assert.Equal([(2, "身份证号码"), (4, "身份证号码"), (5, "岗位"), (5, "身份证号码"), (5, "手机号码")], preview.Issues.Select(i => (i.Line, i.Field)));
        Assert.Equal("该身份证号码无法登记，请核对；如号码无误，请联系采购部门", preview.Issues[0].Reason);
        Assert.Equal("与第 3 行重复", preview.Issues[1].Reason);
    }

    [Fact]
    public async Task Accounts_are_filed_for_the_users_own_unit_and_unknown_or_other_units_are_reported()
    {
        await using var app = await TestApp.CreateAsync();
        var (unit1, _) = await AccountsTestData.UnitsAsync(app);
        await AccountsTestData.ActiveAccountAsync(app, unit1, Platform.Weibo, "城关发布");
        var file = await FileAsync(TableFormat.Xlsx, AccountHeaders,
        [
            ["U1", "微信公众号", "城关镇政务", "自行运营", ""],
            ["", "抖音", "城关镇", "委托运营", ""],
            ["U9", "微博", "某账号", "自行运营", ""],
            ["u2", "微博", "青山发布", "自行运营", ""],
            ["U1", "微博", "城关发布", "自行运营", ""],
            ["U1", "微博", "城关之声", "自行运营", ""],
        ]);

        var preview = await PreviewAsync(app, TestUsers.HostUnit(unit1), ImportKind.Accounts, file);

        Assert.Equal(
            [(4, "主办单位编码", "主办单位编码“U9”不存在"), (5, "主办单位编码", "“U2”不是本单位的编码，只能为本单位导入账号"),
                (6, "账号名称", "本单位在该平台已有同名账号")],
            preview.Issues.Take(3).Select(i => (i.Line, i.Field, i.Reason)));
        // One account per unit per platform, in principle: the form's rule, counted against the register.
        var justification = preview.Issues[3];
        Assert.Equal((7, "同平台再开设账号的理由"), (justification.Line, justification.Field));
        Assert.Equal(4, preview.Issues.Count);
    }

    [Fact]
    public async Task Imported_accounts_wait_Filed_for_the_Supervisor_with_their_openings()
    {
        await using var app = await TestApp.CreateAsync();
        var (unit1, _) = await AccountsTestData.UnitsAsync(app);
        var file = await FileAsync(TableFormat.Csv, AccountHeaders,
        [
            ["U1", "微信公众号", "城关镇政务", "自行运营", ""],
            ["U1", "微信公众号", "城关镇文旅", "委托运营", "文旅宣传需要单独账号"],
        ]);

        var (_, outcome) = await ImportAsync(app, TestUsers.HostUnit(unit1), ImportKind.Accounts, file, "accounts.csv");

        Assert.True(outcome.Succeeded, string.Join("; ", outcome.Issues));
        await using var db = app.CreateDbContext(UserScope.System);
        var accounts = await db.Accounts.Include(a => a.Filings).OrderBy(a => a.Id).ToListAsync(Ct);
        Assert.All(accounts, a => Assert.Equal((AccountStatus.Filed, FilingState.Submitted), (a.Status, a.Filings.Single().State)));
        Assert.Equal([null, "文旅宣传需要单独账号"], accounts.Select(a => a.Filings.Single().Justification));
        Assert.Equal(4, await db.AuditEntries.CountAsync(e => e.EntityType == nameof(Account) || e.EntityType == nameof(Filing), Ct));
    }

    // A template is filled in and read back by the import: Chinese whatever the UI language (the export is the reader's).
    [Theory]
    [InlineData(ImportKind.Agencies, TableFormat.Xlsx, "zh-CN")]
    [InlineData(ImportKind.Staff, TableFormat.Csv, "zh-CN")]
    [InlineData(ImportKind.Accounts, TableFormat.Xlsx, "zh-CN")]
    [InlineData(ImportKind.Agencies, TableFormat.Xlsx, "en-US")]
    [InlineData(ImportKind.Staff, TableFormat.Xlsx, "en-US")]
    [InlineData(ImportKind.Accounts, TableFormat.Csv, "en-US")]
    public async Task A_template_has_the_import_columns_in_Chinese_and_no_rows(ImportKind kind, TableFormat format, string culture)
    {
        System.Globalization.CultureInfo.CurrentUICulture = System.Globalization.CultureInfo.GetCultureInfo(culture);
        var template = await TemplateAsync(kind, format);

        var (table, _) = TableFile.Read(new MemoryStream(template.Content), format, 10, Ct);

        var expected = kind switch
        {
            ImportKind.Agencies => AgencyHeaders,
            ImportKind.Staff => StaffHeaders,
            _ => AccountHeaders,
        };
        Assert.Equal(expected, table!.Headers);
        Assert.Empty(table.Rows);
        Assert.EndsWith(format.Extension(), template.FileName, StringComparison.Ordinal);
        if (format == TableFormat.Xlsx)
        {
            Assert.Equal("填写说明", MiniExcelLibs.MiniExcel.GetSheetNames(new MemoryStream(template.Content))[1]);
        }
    }

    [Fact]
    public async Task An_agency_template_downloaded_under_the_English_UI_imports_back_once_filled_in()
    {
        System.Globalization.CultureInfo.CurrentUICulture = System.Globalization.CultureInfo.GetCultureInfo("en-US");
        var template = await TemplateAsync(ImportKind.Agencies, TableFormat.Csv);
        var (table, _) = TableFile.Read(new MemoryStream(template.Content), TableFormat.Csv, 10, Ct);
        await using var app = await TestApp.CreateAsync();

        var file = await FileAsync(TableFormat.Csv, [.. table!.Headers], [AgencyLine("甲传媒有限公司", AgencyTestData.Code(1))]);
        var (_, outcome) = await ImportAsync(app, AgencyTestData.Procurement, ImportKind.Agencies, file, template.FileName);

        Assert.True(outcome.Succeeded, string.Join("; ", outcome.Issues));
        Assert.Equal(AgencyHeaders, table.Headers);
    }

    /// <summary>The kind's template as a user who may import it downloads it.</summary>
    private static async Task<ExportFile> TemplateAsync(ImportKind kind, TableFormat format)
    {
        await using var app = await TestApp.CreateAsync();
        var user = kind switch
        {
            ImportKind.Agencies => TestUsers.Supervisor,
            ImportKind.Staff => TestUsers.Agency(1),
            _ => TestUsers.HostUnit(1),
        };
        await using var scope = app.ScopeFor(user);
        return (await scope.ServiceProvider.GetRequiredService<ImportService>().TemplateAsync(kind, format, Ct)).Value!;
    }

    /// <summary>Keeps every report as it is made (<see cref="Progress{T}"/> would post them elsewhere, later).</summary>
    private sealed class Recorded : IProgress<ImportProgress>
    {
        public System.Collections.Concurrent.ConcurrentQueue<ImportProgress> Reports { get; } = new();

        public void Report(ImportProgress value) => Reports.Enqueue(value);
    }

    private static async Task<IReadOnlyList<ImportKind>> KindsAsync(TestApp app, System.Security.Claims.ClaimsPrincipal user)
    {
        await using var scope = app.ScopeFor(user);
        return scope.ServiceProvider.GetRequiredService<ImportService>().Kinds;
    }
}
