using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using VendorManager.Domain.Calendar;
using VendorManager.Domain.Common;
using VendorManager.Domain.Evaluations;
using VendorManager.Domain.Supervision;
using VendorManager.Persistence.Identity;
using VendorManager.Persistence.Notifications;
using VendorManager.Web.Features.ApiKeys;
using VendorManager.Web.Features.Calendar;
using VendorManager.Web.Features.DataExchange;
using VendorManager.Web.Features.Evaluations;
using VendorManager.Web.Features.Notifications;
using VendorManager.Web.Features.Shared;
using VendorManager.Web.Features.Staff;
using VendorManager.Web.Features.Supervision;
using VendorManager.Web.Features.Users;
using VendorManager.Web.Tests.Features.Grants;
using VendorManager.Web.Tests.Features.Staff;
using VendorManager.Web.Tests.Features.Supervision;
using VendorManager.Web.Tests.Features.Users;
using VendorManager.Web.Tests.Infrastructure;

namespace VendorManager.Web.Tests.Features.DataExchange;

/// <summary>The list pages' exports through <see cref="ListExport"/>: the list's own query, filter and scope; the reader's language; masked personal data.</summary>
public sealed class ListExportTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(TableFormat.Xlsx)]
    [InlineData(TableFormat.Csv)]
    public async Task A_rectification_export_holds_the_users_units_items_under_the_pages_filter_in_the_readers_language(TableFormat format)
    {
        await using var app = await TestApp.CreateAsync();
        var world = await SupervisionWorld.CreateAsync(app);
        await world.FindingOnUnit1Async(ProblemCategory.LaxReview);
        var inspection = await world.AsAsync(SupervisionWorld.Supervisor, (InspectionService s) => s.CreateAsync(
            new InspectionForm { InspectedOn = new DateTime(2026, 11, 26), Inspectors = "张伟", AccountIds = [world.Account2] }, Ct));
        var found = await world.AsAsync(SupervisionWorld.Supervisor, (InspectionService s) => s.AddFindingAsync(inspection.Value, new FindingForm
        {
            AccountId = world.Account2, Category = ProblemCategory.PoorMaintenance, Severity = FindingSeverity.Minor,
            Description = "连续 30 天未更新", Evidence = "截图",
        }, Ct));
        Assert.True(found.Succeeded, found.Describe());

        var unit2 = await RowsAsync(world.App, world.Unit2User, (SupervisionExport e) => e.RectificationsAsync(new RectificationFilter(), format, Ct));
        var county = await RowsAsync(world.App, SupervisionWorld.Supervisor, (SupervisionExport e) => e.RectificationsAsync(new RectificationFilter(), format, Ct));
        var filtered = await RowsAsync(world.App, SupervisionWorld.Supervisor,
            (SupervisionExport e) => e.RectificationsAsync(new RectificationFilter(Category: ProblemCategory.LaxReview), format, Ct));

        Assert.Equal(["主办单位", "账号", "问题类别", "严重程度", "发现日期", "整改期限", "状态"], unit2[0]);
        // A host unit's file holds its own unit's items only, as its list does.
        Assert.Equal(["青山发布"], unit2.Skip(1).Select(r => r[1]));
        Assert.Equal(["城关发布", "青山发布"], county.Skip(1).Select(r => r[1]).Order());
        var only = Assert.Single(filtered.Skip(1));
        Assert.Equal(("城关发布", "审核把关不严"), (only[1], only[2]));

        // From the English UI: English headers, categories, severities and states; the accounts' names as typed.
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en-US");
        var english = await RowsAsync(world.App, SupervisionWorld.Supervisor,
            (SupervisionExport e) => e.RectificationsAsync(new RectificationFilter(Category: ProblemCategory.PoorMaintenance), format, Ct));
        Assert.Equal(["Host unit", "Account", "Category", "Severity", "Found on", "Deadline", "Status"], english[0]);
        var line = Assert.Single(english.Skip(1));
        Assert.Equal(["青山发布", "Minor"], [line[1], line[3]]);
        Assert.DoesNotMatch(@"\p{IsCJKUnifiedIdeographs}", string.Join("|", english[0].Concat(line[2..])));
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", line[4]);
    }

    [Fact]
    public async Task The_background_check_queue_export_shows_the_ID_number_masked()
    {
        await using var app = await TestApp.CreateAsync();
        var (agency, _) = await StaffTestData.SeedAgenciesAsync(app);
        var person = await StaffTestData.AddAsync(app, agency.Id, StaffTestData.NewPerson("张三", 1));
        await using (var scope = app.ScopeFor(TestUsers.Agency(agency.Id)))
        {
            Assert.True((await scope.ServiceProvider.GetRequiredService<BackgroundCheckService>().RequestAsync(person, Ct)).Succeeded);
        }

        var rows = await RowsAsync(app, TestUsers.Principal(Roles.Procurement), (BackgroundCheckExport e) => e.QueueAsync(null, TableFormat.Csv, Ct));

        Assert.Equal(["姓名", "代运营机构", "岗位", "身份证号码", "申请时间", "申请人"], rows[0]);
        var line = Assert.Single(rows.Skip(1));
        Assert.Equal(("张三", "330102********" + StaffTestData.IdNumber(1)[14..]), (line[0], line[3]));
        Assert.DoesNotContain(rows.SelectMany(r => r), c => c.Contains(StaffTestData.IdNumber(1), StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(TableFormat.Xlsx)]
    [InlineData(TableFormat.Csv)]
    public async Task The_user_export_has_Chinese_headers_follows_the_search_and_holds_no_password_hash_or_stamp(TableFormat format)
    {
        await using var app = await TestApp.CreateAsync();
        var created = await UserAdminServiceTests.CreateAsync(app, UserAdminServiceTests.Form("lisi", Roles.Procurement, displayName: "李四"));
        Assert.True(created.Succeeded, created.Describe());
        Assert.True((await UserAdminServiceTests.CreateAsync(app, UserAdminServiceTests.Form("wangwu", Roles.Finance, displayName: "王五"))).Succeeded);
        await GrantApproval.ApproveAllAsync(app.Services);
        AppUser stored;
        await using (var scope = app.ScopeFor(TestUsers.Admin))
        {
            stored = (await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByNameAsync("lisi"))!;
        }

        var rows = await RowsAsync(app, TestUsers.Admin, (UserExport e) => e.ListAsync("lisi", new ExportSort(), format, Ct));

        Assert.Equal(["用户名", "姓名", "角色", "所属单位/机构", "状态"], rows[0]);
        var line = Assert.Single(rows.Skip(1));
        Assert.Equal(["lisi", "李四", "采购", "", "正常"], line);
        Assert.DoesNotContain(rows[0], h => h.Contains("密码", StringComparison.Ordinal) || h.Contains("Hash", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(rows.SelectMany(r => r), c =>
            c.Contains(stored.PasswordHash!, StringComparison.Ordinal) || c.Contains(stored.SecurityStamp!, StringComparison.Ordinal)
            || c.Contains(stored.Id, StringComparison.Ordinal));

        // Only the Admin's list: anyone else is refused, as on the page.
        await using var other = app.ScopeFor(TestUsers.Principal(Roles.Procurement));
        Refused.Because(await other.ServiceProvider.GetRequiredService<UserExport>().ListAsync(null, new ExportSort(), format, Ct), Refused.Forbidden);
    }

    [Theory]
    [InlineData(TableFormat.Xlsx)]
    [InlineData(TableFormat.Csv)]
    public async Task The_API_key_export_shows_only_the_keys_beginning_never_its_secret_or_hash(TableFormat format)
    {
        await using var app = await TestApp.CreateAsync();
        IssuedApiKey issued;
        await using (var scope = app.ScopeFor(TestUsers.Admin))
        {
            issued = (await scope.ServiceProvider.GetRequiredService<ApiKeyService>()
                .CreateAsync(new ApiKeyForm { ClientName = "财务核算系统", Role = Roles.Finance }, Ct)).Value!;
        }

        var rows = await RowsAsync(app, TestUsers.Admin, (ApiKeyExport e) => e.ListAsync(format, Ct));

        Assert.Equal(["调用方名称", "角色", "主办单位/代运营机构", "密钥开头", "创建", "最近使用", "状态"], rows[0]);
        var line = Assert.Single(rows.Skip(1));
        Assert.Equal(("财务核算系统", "财务", issued.Prefix + "…", "从未使用", "待主管单位批准"), (line[0], line[1], line[3], line[5], line[6]));
        var cells = rows.SelectMany(r => r).ToList();
        Assert.DoesNotContain(cells, c => c.Contains(issued.Secret, StringComparison.Ordinal));
        Assert.DoesNotContain(cells, c => c.Contains(VendorManager.Domain.ApiKeys.ApiKey.HashOf(issued.Secret), StringComparison.OrdinalIgnoreCase));

        // Another role is told it may not, rather than handed an empty file.
        await using var procurement = app.ScopeFor(TestUsers.Principal(Roles.Procurement));
        var refused = await procurement.ServiceProvider.GetRequiredService<ApiKeyExport>().ListAsync(format, Ct);
        Assert.Equal("您无权执行此操作。", refused.Describe());
    }

    [Theory]
    [InlineData(TableFormat.Xlsx)]
    [InlineData(TableFormat.Csv)]
    public async Task The_KPI_scheme_export_shows_drafts_to_the_Supervisor_only_as_the_list_does(TableFormat format)
    {
        await using var app = await TestApp.CreateAsync();
        await using (var scope = app.ScopeFor(TestUsers.Supervisor))
        {
            var created = await scope.ServiceProvider.GetRequiredService<KpiSchemeService>()
                .CreateAsync(KpiSchemeForm.From("乡镇试行方案", DefaultKpiScheme.Definition), Ct);
            Assert.True(created.Succeeded, created.Describe());
        }

        var county = await RowsAsync(app, TestUsers.Supervisor, (KpiSchemeExport e) => e.ListAsync(format, Ct));
        var unit = await RowsAsync(app, TestUsers.HostUnit(1, "unit1"), (KpiSchemeExport e) => e.ListAsync(format, Ct));

        Assert.Equal(["方案名称", "状态", "发布日期", "使用合同数"], county[0]);
        var draft = Assert.Single(county.Skip(1), r => r[0] == "乡镇试行方案 v1");
        Assert.Equal(["乡镇试行方案 v1", "草稿", "", "0"], draft);
        Assert.DoesNotContain(unit.Skip(1), r => r[0] == "乡镇试行方案 v1");
    }

    [Fact]
    public async Task The_calendar_export_lists_the_years_days_with_their_weekday_and_kind_in_the_readers_language()
    {
        await using var app = await TestApp.CreateAsync();
        await using (var scope = app.ScopeFor(TestUsers.Supervisor))
        {
            var calendar = scope.ServiceProvider.GetRequiredService<CalendarService>();
            foreach (var (date, kind, note) in new[]
            {
                (new DateOnly(2026, 10, 1), CalendarDayKind.Holiday, "国庆节"),
                (new DateOnly(2026, 10, 10), CalendarDayKind.WorkingDay, "国庆调休"),
                (new DateOnly(2027, 1, 1), CalendarDayKind.Holiday, "元旦"),
            })
            {
                var added = await calendar.AddAsync(new CalendarDayForm { Date = date, Kind = kind, Note = note }, Ct);
                Assert.True(added.Succeeded, added.Describe());
            }
        }

        var rows = await RowsAsync(app, TestUsers.HostUnit(1, "unit1"), (CalendarExport e) => e.YearAsync(2026, TableFormat.Csv, Ct));

        Assert.Equal(
            [["日期", "类型", "备注"], ["2026-10-01 星期四", "节假日", "国庆节"], ["2026-10-10 星期六", "调休上班", "国庆调休"]],
            rows);

        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en-US");
        Assert.Equal(
            [["Date", "Kind", "Note"], ["2026-10-01 Thursday", "Holiday", "国庆节"], ["2026-10-10 Saturday", "Make-up working day", "国庆调休"]],
            await RowsAsync(app, TestUsers.HostUnit(1, "unit1"), (CalendarExport e) => e.YearAsync(2026, TableFormat.Csv, Ct)));
    }

    [Fact]
    public async Task The_notification_export_holds_only_the_users_own_notifications_and_follows_the_unread_filter()
    {
        await using var app = await TestApp.CreateAsync();
        var me = TestUsers.HostUnit(1, "unit1a");
        await using (var db = app.CreateDbContext(UserScope.System))
        {
            db.Users.Add(new AppUser { Id = "id-unit1a", UserName = "unit1a", NormalizedUserName = "UNIT1A", DisplayName = "unit1a" });
            db.Users.Add(new AppUser { Id = "id-other", UserName = "other", NormalizedUserName = "OTHER", DisplayName = "other" });
            foreach (var (recipient, key) in new[] { ("id-unit1a", "a"), ("id-unit1a", "b"), ("id-other", "c") })
            {
                db.Notifications.Add(new Notification(recipient, NotificationKind.Welcome, key, "Notify.Welcome", "[]", "/notifications", app.Clock.GetUtcNow()));
            }

            await db.SaveChangesAsync(Ct);
        }

        await using (var scope = app.ScopeFor(me))
        {
            var notifications = scope.ServiceProvider.GetRequiredService<NotificationService>();
            var first = (await notifications.ListAsync(false, new PageRequest(0, 10), Ct)).Items[0];
            Assert.True((await notifications.MarkReadAsync(first.Id, Ct)).Succeeded);
        }

        var all = await RowsAsync(app, me, (NotificationExport e) => e.ListAsync(false, TableFormat.Xlsx, Ct));
        var unread = await RowsAsync(app, me, (NotificationExport e) => e.ListAsync(true, TableFormat.Xlsx, Ct));

        Assert.Equal(["时间", "内容", "状态"], all[0]);
        Assert.Equal(["已读", "未读"], all.Skip(1).Select(r => r[2]).Order());
        Assert.Equal(["未读"], unread.Skip(1).Select(r => r[2]));
    }

    private static async Task<List<List<string>>> RowsAsync<TExport>(TestApp app, ClaimsPrincipal user, Func<TExport, Task<Result<ExportFile>>> export)
        where TExport : notnull
    {
        await using var scope = app.ScopeFor(user);
        var result = await export(scope.ServiceProvider.GetRequiredService<TExport>());
        Assert.True(result.Succeeded, result.Describe());
        var file = result.Value!;
        var (table, _) = TableFile.Read(new MemoryStream(file.Content), TableFile.FormatOf(file.FileName)!.Value, 1000);
        return [table!.Headers.ToList(), .. table.Rows.Select(r => r.Cells.ToList())];
    }
}
