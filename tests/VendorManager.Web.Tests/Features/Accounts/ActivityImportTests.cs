using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VendorManager.Domain.Accounts;
using VendorManager.Domain.Common;
using VendorManager.Web.Features.Accounts;
using VendorManager.Web.Features.DataExchange;
using VendorManager.Web.Tests.Infrastructure;

namespace VendorManager.Web.Tests.Features.Accounts;

public sealed class ActivityImportTests
{
    private const string Header = "平台,平台账号ID或地址,月份,发布条数,最后发布日期,收到留言数,已回复留言数";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<ActivityImportResult> ImportAsync(TestApp app, int unitId, string csv)
    {
        await using var scope = app.ScopeFor(TestUsers.HostUnit(unitId));
        return await scope.ServiceProvider.GetRequiredService<ActivityService>().ImportAsync(new StringReader(csv), Ct);
    }

    private static async Task<int> StoredAsync(TestApp app)
    {
        await using var db = app.CreateDbContext(UserScope.System);
        return await db.MonthlyActivities.CountAsync(Ct);
    }

    // The platform id the unit recorded for the account (AccountsTestData records gh_ and the account's number).
    private static string PlatformId(int account) => "gh_" + account;

    [Fact]
    public async Task A_good_file_keyed_by_the_platform_and_its_account_id_stores_every_row()
    {
        await using var app = await TestApp.CreateAsync();
        var (unit1, _) = await AccountsTestData.UnitsAsync(app);
        var weibo = await AccountsTestData.ActiveAccountAsync(app, unit1, Platform.Weibo, "城关微博");
        var douyin = await AccountsTestData.ActiveAccountAsync(app, unit1, Platform.Douyin, "城关抖音");

        var result = await ImportAsync(app, unit1, $"{Header}\n微博,{PlatformId(weibo)},2026-11,12,2026-11-20,5,5\n抖音, {PlatformId(douyin)} ,2026-11,3,2026-11-02,0,0\n");

        Assert.True(result.Succeeded, string.Join(" ", result.Errors));
        await using var db = app.CreateDbContext(UserScope.System);
        var stored = await db.MonthlyActivities.OrderBy(m => m.AccountId).Select(m => new { m.AccountId, m.Posts }).ToListAsync(Ct);
        Assert.Equal([(weibo, 12), (douyin, 3)], stored.Select(m => (m.AccountId, m.Posts)));
    }

    [Fact]
    public async Task English_headers_and_platform_names_are_still_accepted()
    {
        await using var app = await TestApp.CreateAsync();
        var (unit1, _) = await AccountsTestData.UnitsAsync(app);
        var account = await AccountsTestData.ActiveAccountAsync(app, unit1, Platform.Weibo, "城关微博");

        var result = await ImportAsync(app, unit1,
            $"platform,platform_id,month,posts,last_post_date,messages_received,messages_answered\nWeibo,{PlatformId(account)},2026-11,12,2026-11-20,5,5\n");

        Assert.True(result.Succeeded, string.Join(" ", result.Errors));
        Assert.Equal(1, await StoredAsync(app));
    }

    [Fact]
    public async Task A_bad_row_rejects_the_whole_file_with_its_line_and_reason_and_stores_nothing()
    {
        await using var app = await TestApp.CreateAsync();
        var (unit1, _) = await AccountsTestData.UnitsAsync(app);
        var account = await AccountsTestData.ActiveAccountAsync(app, unit1, Platform.Weibo, "城关微博");

        var result = await ImportAsync(app, unit1, $"{Header}\n微博,{PlatformId(account)},2026-11,12,2026-11-20,5,5\n微博,{PlatformId(account)},2026-10,3,2026-10-02,2,7\n");

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Errors);
        Assert.Equal(3, error.Line);
        Assert.Contains("已回复留言数不能多于收到的留言数", error.Message);
        Assert.Equal(0, await StoredAsync(app));
    }

    [Fact]
    public async Task Rows_for_another_units_account_a_government_app_an_unknown_platform_id_or_the_wrong_platform_are_refused_by_line()
    {
        await using var app = await TestApp.CreateAsync();
        var (unit1, unit2) = await AccountsTestData.UnitsAsync(app);
        var own = await AccountsTestData.ActiveAccountAsync(app, unit1, Platform.Weibo, "城关微博");
        var app1 = await AccountsTestData.ActiveAccountAsync(app, unit1, Platform.GovernmentApp, "城关App");
        var foreign = await AccountsTestData.ActiveAccountAsync(app, unit2, Platform.Weibo, "青山微博");

        var result = await ImportAsync(app, unit1, string.Join('\n',
            Header,
            $"微博,{PlatformId(own)},2026-11,1,2026-11-02,0,0",
            $"微博,{PlatformId(foreign)},2026-11,1,2026-11-02,0,0",
            $"政务客户端App,{PlatformId(app1)},2026-11,1,2026-11-02,0,0",
            "微博,gh_nobody,2026-11,1,2026-11-02,0,0",
            $"抖音,{PlatformId(own)},2026-11,1,2026-11-02,0,0"));

        Assert.Equal(
            [
                (3, $"微博账号“{PlatformId(foreign)}”不属于本单位。"),
                (4, $"政务客户端App账号“{PlatformId(app1)}”不按发布条数导入。"),
                (5, "没有平台账号ID或地址为“gh_nobody”的微博账号：请填写账号详情页上的平台账号ID或地址。"),
                (6, $"没有平台账号ID或地址为“{PlatformId(own)}”的抖音账号：请填写账号详情页上的平台账号ID或地址。"),
            ],
            result.Errors.Select(e => (e.Line, e.Message)));
        Assert.Equal(0, await StoredAsync(app));
    }

    [Fact]
    public async Task A_month_before_the_account_went_live_is_refused()
    {
        await using var app = await TestApp.CreateAsync();
        var (unit1, _) = await AccountsTestData.UnitsAsync(app);
        var account = await AccountsTestData.ActiveAccountAsync(app, unit1, Platform.Weibo, "城关微博");

        var result = await ImportAsync(app, unit1, $"{Header}\n微博,{PlatformId(account)},2026-09,1,2026-09-02,0,0\n");

        Assert.Equal(2, Assert.Single(result.Errors).Line);
        Assert.Equal(0, await StoredAsync(app));
    }

    [Fact]
    public async Task The_template_has_the_chinese_headers_and_a_line_for_each_live_publishing_account_of_the_unit()
    {
        await using var app = await TestApp.CreateAsync();
        var (unit1, unit2) = await AccountsTestData.UnitsAsync(app);
        var weibo = await AccountsTestData.ActiveAccountAsync(app, unit1, Platform.Weibo, "城关微博");
        await AccountsTestData.ActiveAccountAsync(app, unit1, Platform.GovernmentApp, "城关App");
        await AccountsTestData.ActiveAccountAsync(app, unit2, Platform.Weibo, "青山微博");
        await using var scope = app.ScopeFor(TestUsers.HostUnit(unit1));

        var template = (await scope.ServiceProvider.GetRequiredService<ActivityService>().TemplateAsync(Ct)).Value!;

        var (table, _) = TableFile.Read(new MemoryStream(template.Content), TableFormat.Csv, 10, Ct);
        Assert.Equal(Header.Split(','), table!.Headers);
        // Last month, the one a unit reports at the start of this one (the test clock stands in November 2026).
        Assert.Equal([["微博", PlatformId(weibo), "2026-10", "", "", "", ""]], table.Rows.Select(r => r.Cells.ToArray()));
        Assert.EndsWith(".csv", template.FileName, StringComparison.Ordinal);
    }
}
