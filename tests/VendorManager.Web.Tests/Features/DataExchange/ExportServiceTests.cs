using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VendorManager.Domain.Accounts;
using VendorManager.Domain.Agencies;
using VendorManager.Domain.Common;
using VendorManager.Domain.HostUnits;
using VendorManager.Web.Features.Accounts;
using VendorManager.Web.Features.Agencies;
using VendorManager.Web.Features.Audit;
using VendorManager.Web.Features.Contracts;
using VendorManager.Web.Features.DataExchange;
using VendorManager.Web.Tests.Features.Accounts;
using VendorManager.Web.Tests.Features.Agencies;
using VendorManager.Web.Tests.Features.Contracts;
using VendorManager.Web.Tests.Features.Staff;
using VendorManager.Web.Tests.Infrastructure;
using static VendorManager.Web.Tests.Features.DataExchange.DataExchangeTestData;

namespace VendorManager.Web.Tests.Features.DataExchange;

public sealed class ExportServiceTests
{
    [Theory]
    [InlineData(TableFormat.Xlsx, "zh-CN")]
    [InlineData(TableFormat.Csv, "zh-CN")]
    // The English file has English headers and names: the import reads those too.
    [InlineData(TableFormat.Xlsx, "en-US")]
    public async Task Agencies_exported_and_imported_elsewhere_are_the_same_records(TableFormat format, string culture)
    {
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        await using var source = await TestApp.CreateAsync();
        var first = await AddAgencyAsync(source, new AgencyForm
        {
            Name = "甲传媒有限公司", CreditCode = AgencyTestData.Code(1), LegalRepresentative = "张法人", Address = "杭州市西湖区文三路 1 号",
            ContactPhone = "+86 571 8888 0000", ResponsiblePerson = "李责任", PostDuties = "编辑、审核\n账号管理",
        });
        await AgencyTestData.AddLicenceAsync(source, first);
        await AgencyTestData.AddLicenceAsync(source, first, QualificationReviewStatus.Pending, AgencyTestData.LicenceForm(
            new DateOnly(2020, 1, 1), new DateOnly(2040, 12, 31), ServiceScopes.None, QualificationKind.BusinessLicence));
        await AddAgencyAsync(source, new AgencyForm { Name = "乙文化有限公司", CreditCode = AgencyTestData.Code(2) });

        var file = await ExportAsync(source, TestUsers.Supervisor, e => e.AgenciesAsync(null, null, new ExportSort(), format, Ct));
        await using var target = await TestApp.CreateAsync();
        var (_, outcome) = await ImportAsync(target, AgencyTestData.Procurement, ImportKind.Agencies, file.Content, file.FileName);

        Assert.True(outcome.Succeeded, string.Join("; ", outcome.Issues));
        Assert.Equal(await AgenciesAsync(source), await AgenciesAsync(target));
        Assert.Equal(await QualificationsAsync(source), await QualificationsAsync(target));
    }

    [Theory]
    [InlineData(TableFormat.Xlsx, "zh-CN")]
    [InlineData(TableFormat.Csv, "zh-CN")]
    [InlineData(TableFormat.Csv, "en-US")]
    public async Task Accounts_exported_and_imported_elsewhere_are_the_same_records(TableFormat format, string culture)
    {
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        await using var source = await TestApp.CreateAsync();
        var (unit1, _) = await AccountsTestData.UnitsAsync(source);
        await AccountsTestData.ActiveAccountAsync(source, unit1, Platform.WeChatOfficialAccount, "城关发布");
        await FileOpeningAsync(source, unit1, new OpeningForm
        {
            Platform = Platform.WeChatOfficialAccount, Name = "城关文旅", Operator = AccountOperator.UnderContract, Justification = "文旅宣传需要单独账号",
        });
        await FileOpeningAsync(source, unit1, new OpeningForm { Platform = Platform.Douyin, Name = "=城关抖音", Operator = AccountOperator.UnitItself });

        var file = await ExportAsync(source, TestUsers.HostUnit(unit1), e => e.AccountsAsync(new AccountFilter(), new ExportSort(), format, Ct));
        await using var target = await TestApp.CreateAsync();
        var (targetUnit, _) = await AccountsTestData.UnitsAsync(target);
        var (_, outcome) = await ImportAsync(target, TestUsers.HostUnit(targetUnit), ImportKind.Accounts, file.Content, file.FileName);

        Assert.True(outcome.Succeeded, string.Join("; ", outcome.Issues));
        Assert.Equal(await AccountsAsync(source), await AccountsAsync(target));
    }

    [Fact]
    public async Task An_exported_workbook_names_its_sheet_for_the_list_it_holds()
    {
        await using var app = await TestApp.CreateAsync();
        await AddAgencyAsync(app, new AgencyForm { Name = "甲传媒有限公司", CreditCode = AgencyTestData.Code(1) });

        var file = await ExportAsync(app, TestUsers.Supervisor, e => e.AgenciesAsync(null, null, new ExportSort(), TableFormat.Xlsx, Ct));

        Assert.Equal(["代运营机构"], MiniExcelLibs.MiniExcel.GetSheetNames(new MemoryStream(file.Content)));
    }

    [Fact]
    public async Task The_staff_export_holds_masked_numbers_only_so_it_does_not_import_back()
    {
        await using var app = await TestApp.CreateAsync();
        var (agency, _) = await StaffTestData.SeedAgenciesAsync(app);
        await StaffTestData.AddAsync(app, agency.Id, StaffTestData.NewPerson("张三", 1, mobile: "13812345678"));

        var file = await ExportAsync(app, AgencyTestData.Procurement, e => e.StaffAsync(null, null, null, false, TableFormat.Csv, Ct));
        var text = System.Text.Encoding.UTF8.GetString(file.Content);

        Assert.Contains("330102********" + StaffTestData.IdNumber(1)[14..], text, StringComparison.Ordinal);
        Assert.Contains("138****5678", text, StringComparison.Ordinal);
        Assert.DoesNotContain(StaffTestData.IdNumber(1), text, StringComparison.Ordinal);
        Assert.DoesNotContain("13812345678", text, StringComparison.Ordinal);
        var preview = await PreviewAsync(app, TestUsers.Agency(agency.Id), ImportKind.Staff, file.Content, file.FileName);
        Assert.Contains(preview.Issues, i => i.Line == 2 && i.Field == "身份证号码");
    }

    [Fact]
    public async Task An_export_holds_what_the_list_shows_its_filter_sort_and_data_scope()
    {
        await using var app = await TestApp.CreateAsync();
        var (unit1, unit2) = await AccountsTestData.UnitsAsync(app);
        await FileOpeningAsync(app, unit1, new OpeningForm { Platform = Platform.Weibo, Name = "城关微博", Operator = AccountOperator.UnitItself });
        await FileOpeningAsync(app, unit1, new OpeningForm { Platform = Platform.Douyin, Name = "城关抖音", Operator = AccountOperator.UnitItself });
        await FileOpeningAsync(app, unit2, new OpeningForm { Platform = Platform.Weibo, Name = "青山微博", Operator = AccountOperator.UnitItself });

        var own = await RowsAsync(await ExportAsync(app, TestUsers.HostUnit(unit1),
            e => e.AccountsAsync(new AccountFilter(), new ExportSort("name", Descending: true), TableFormat.Xlsx, Ct)));
        var weibo = await RowsAsync(await ExportAsync(app, TestUsers.Supervisor,
            e => e.AccountsAsync(new AccountFilter(Platform: Platform.Weibo), new ExportSort("name"), TableFormat.Xlsx, Ct)));
        var units = await RowsAsync(await ExportAsync(app, TestUsers.Supervisor,
            e => e.HostUnitsAsync("青山", new ExportSort(), TableFormat.Csv, Ct)));

        Assert.Equal(["主办单位编码", "主办单位", "平台", "账号名称", "平台账号ID或地址", "运营方式", "状态", "活跃情况", "同平台再开设账号的理由"], own[0]);
        // Names sort by code point (微 U+5FAE before 抖 U+6296); descending as asked.
        Assert.Equal(["城关抖音", "城关微博"], own.Skip(1).Select(r => r[3]));
        Assert.Equal(["U1", "城关镇", "抖音", "城关抖音", "", "自行运营", "备案已提交", "正常", ""], own[1]);
        Assert.Equal(["城关微博", "青山微博"], weibo.Skip(1).Select(r => r[3]));
        Assert.Equal([["单位名称", "编码", "单位类型"], ["青山镇", "U2", "乡镇"]], units);
    }

    [Fact]
    public async Task The_contract_export_holds_the_units_contracts_in_the_lists_order_with_the_fee_as_a_number()
    {
        await using var app = await TestApp.CreateAsync();
        var world = await ContractWorld.SeedAsync(app);
        await world.DraftAsync(app, world.Form("HT-2026-001"), complete: false);
        var dearer = world.Form("HT-2026-002");
        dearer.MonthlyFee = 12345.67m;
        await world.DraftAsync(app, dearer, complete: false);

        var own = await RowsAsync(await ExportAsync(app, TestUsers.HostUnit(world.UnitId),
            e => e.ContractsAsync(new ContractFilter(), null, new ExportSort(nameof(ContractRow.Number), Descending: true), TableFormat.Csv, Ct)));
        var other = await RowsAsync(await ExportAsync(app, TestUsers.HostUnit(world.OtherUnitId),
            e => e.ContractsAsync(new ContractFilter(), null, new ExportSort(), TableFormat.Xlsx, Ct)));

        Assert.Equal(["合同编号", "主办单位", "代运营机构", "状态", "起始日", "终止日", "月服务费", "未处理预警"], own[0]);
        Assert.Equal(["HT-2026-002", "城关镇人民政府", "甲传媒有限公司", "草拟", "2026-12-01", "2027-11-30", "12345.67", "0"], own[1]);
        Assert.Equal("HT-2026-001", own[2][0]);
        Assert.Single(other);

        // Asked from the English UI: English headers and states; only what users typed stays Chinese.
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en-US");
        var file = await ExportAsync(app, TestUsers.HostUnit(world.UnitId),
            e => e.ContractsAsync(new ContractFilter(), null, new ExportSort(nameof(ContractRow.Number), Descending: true), TableFormat.Xlsx, Ct));
        var english = await RowsAsync(file);
        Assert.Equal(["Contract number", "Host unit", "Agency", "State", "Start date", "End date", "Monthly fee", "Open warnings"], english[0]);
        Assert.Equal(["HT-2026-002", "城关镇人民政府", "甲传媒有限公司", "Draft", "2026-12-01", "2027-11-30", "12345.67", "0"], english[1]);
        Assert.StartsWith("Contracts_", file.FileName, StringComparison.Ordinal);
        Assert.Equal(["Contracts"], MiniExcelLibs.MiniExcel.GetSheetNames(new MemoryStream(file.Content)));
    }

    [Fact]
    public async Task Only_the_Auditor_exports_the_audit_log()
    {
        await using var app = await TestApp.CreateAsync();
        await AccountsTestData.UnitsAsync(app);

        await using (var scope = app.ScopeFor(TestUsers.Admin))
        {
            var refused = await scope.ServiceProvider.GetRequiredService<ExportService>().AuditAsync(new AuditFilter(), new ExportSort(), TableFormat.Xlsx, Ct);
            Assert.Equal("您无权执行此操作。", refused.Error);
        }

        // Asked from the Chinese UI: the page's Chinese words.
        var rows = await RowsAsync(await ExportAsync(app, TestUsers.Auditor, e => e.AuditAsync(new AuditFilter(), new ExportSort(), TableFormat.Xlsx, Ct)));
        Assert.Equal(["序号", "时间", "操作用户", "对象类型", "记录", "操作", "变更内容"], rows[0]);
        Assert.Equal(3, rows.Count);
        Assert.Equal(["主办单位", "青山镇", "新增"], rows[1][3..6]);
        Assert.Matches(@"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$", rows[1][1]);
        Assert.Contains("编码：U2", rows[1][6], StringComparison.Ordinal);
        Assert.Contains("单位类型：乡镇", rows[1][6], StringComparison.Ordinal);
        Assert.Equal(await AuditPageAsync(app, "；"), rows.Skip(1).Select(r => r[2..7]));

        // Asked from the English UI: the page's English words, row for row; no Chinese but the units' own names.
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en-US");
        var file = await ExportAsync(app, TestUsers.Auditor, e => e.AuditAsync(new AuditFilter(), new ExportSort(), TableFormat.Xlsx, Ct));
        var english = await RowsAsync(file);
        Assert.Equal(["Sequence", "Time", "User", "Record type", "Record", "Action", "Changes"], english[0]);
        Assert.Equal(await AuditPageAsync(app, "; "), english.Skip(1).Select(r => r[2..7]));
        Assert.Equal(["Host unit", "青山镇", "Created"], english[1][3..6]);
        Assert.Equal(rows[1][1], english[1][1]);
        Assert.DoesNotMatch(@"\p{IsCJKUnifiedIdeographs}", string.Join("|", english.SelectMany(r => r)).Replace("青山镇", "", StringComparison.Ordinal).Replace("城关镇", "", StringComparison.Ordinal));
        Assert.DoesNotMatch(@"\p{IsCJKUnifiedIdeographs}", file.FileName + string.Join("|", MiniExcelLibs.MiniExcel.GetSheetNames(new MemoryStream(file.Content))));
        await using (var scope = app.ScopeFor(TestUsers.Admin))
        {
            var refused = await scope.ServiceProvider.GetRequiredService<ExportService>().AuditAsync(new AuditFilter(), new ExportSort(), TableFormat.Xlsx, Ct);
            Assert.Equal("You may not do this.", refused.Error);
        }

        Assert.Equal("en-US", CultureInfo.CurrentUICulture.Name);
    }

    /// <summary>The audit page's rows as the Auditor reads them in the current UI language: user, type, record, action, changes.</summary>
    private static async Task<List<List<string>>> AuditPageAsync(TestApp app, string separator)
    {
        await using var scope = app.ScopeFor(TestUsers.Auditor);
        var listed = await scope.ServiceProvider.GetRequiredService<AuditService>().ListAsync(new AuditFilter(), VendorManager.Web.Features.Shared.PageRequest.All(null, false), Ct);
        var words = scope.ServiceProvider.GetRequiredService<Microsoft.Extensions.Localization.IStringLocalizer<AuditText>>();
        var shared = scope.ServiceProvider.GetRequiredService<Microsoft.Extensions.Localization.IStringLocalizer<VendorManager.Web.Components.Shared.SharedText>>();
        return listed.Value!.Items
            .Select(r => new List<string> { r.Person!.TextWithLogin(shared), r.EntityName, r.Record, words["Action." + r.Action], string.Join(separator, r.ChangeLines) })
            .ToList();
    }

    private static async Task<ExportFile> ExportAsync(TestApp app, ClaimsPrincipal user, Func<ExportService, Task<VendorManager.Web.Features.Shared.Result<ExportFile>>> export)
    {
        await using var scope = app.ScopeFor(user);
        var result = await export(scope.ServiceProvider.GetRequiredService<ExportService>());
        Assert.True(result.Succeeded, result.Describe());
        return result.Value!;
    }

    private static Task<List<List<string>>> RowsAsync(ExportFile file)
    {
        var (table, _) = TableFile.Read(new MemoryStream(file.Content), TableFile.FormatOf(file.FileName)!.Value, 1000);
        return Task.FromResult(new[] { table!.Headers.ToList() }.Concat(table.Rows.Select(r => r.Cells.ToList())).ToList());
    }

    private static async Task<int> AddAgencyAsync(TestApp app, AgencyForm form) =>
        (await AgencyTestData.AsAsync(app, AgencyTestData.Procurement, (AgencyService s) => s.CreateAsync(form, Ct))).Value;

    private static async Task FileOpeningAsync(TestApp app, int unitId, OpeningForm form)
    {
        await using var scope = app.ScopeFor(TestUsers.HostUnit(unitId));
        var filed = await scope.ServiceProvider.GetRequiredService<FilingService>().FileOpeningAsync(form, FilingPaperUploads.Complete(FilingKind.Opening), Ct);
        Assert.True(filed.Succeeded, filed.Describe());
    }

    private static async Task<List<string>> AgenciesAsync(TestApp app)
    {
        await using var db = app.CreateDbContext(UserScope.System);
        return (await db.Agencies.ToListAsync(Ct))
            .Select(a => string.Join("|", a.Name, a.CreditCode, a.LegalRepresentative, a.Address, a.ContactPhone, a.ResponsiblePerson, a.PostDuties, a.Status))
            .Order().ToList();
    }

    private static async Task<List<string>> QualificationsAsync(TestApp app)
    {
        await using var db = app.CreateDbContext(UserScope.System);
        var codes = await db.Agencies.ToDictionaryAsync(a => a.Id, a => a.CreditCode, Ct);
        return (await db.Qualifications.ToListAsync(Ct))
            .Select(q => string.Join("|", codes[q.AgencyId], q.Kind, q.Number, q.Issuer, q.Scopes, q.ValidFrom, q.ValidTo))
            .Order().ToList();
    }

    private static async Task<List<string>> AccountsAsync(TestApp app)
    {
        await using var db = app.CreateDbContext(UserScope.System);
        var codes = await db.HostUnits.ToDictionaryAsync(u => u.Id, u => u.Code, Ct);
        return (await db.Accounts.Include(a => a.Filings).ToListAsync(Ct))
            .Select(a => string.Join("|", codes[a.HostUnitId], a.Platform, a.Name, a.Operator,
                a.Filings.Where(f => f.Kind == FilingKind.Opening).Select(f => f.Justification).LastOrDefault()))
            .Order().ToList();
    }
}
