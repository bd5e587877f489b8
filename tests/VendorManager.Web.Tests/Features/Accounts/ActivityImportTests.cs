using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VendorManager.Domain.Accounts;
using VendorManager.Domain.Common;
using VendorManager.Web.Features.Accounts;
using VendorManager.Web.Tests.Infrastructure;

namespace VendorManager.Web.Tests.Features.Accounts;

public sealed class ActivityImportTests
{
    private const string Header = "account id,month,posts,last_post_date,messages_received,messages_answered";

    private static async Task<ActivityImportResult> ImportAsync(TestApp app, int unitId, string csv)
    {
        await using var scope = app.ScopeFor(TestUsers.HostUnit(unitId));
        return await scope.ServiceProvider.GetRequiredService<ActivityService>()
            .ImportAsync(new StringReader(csv), TestContext.Current.CancellationToken);
    }

    private static async Task<int> StoredAsync(TestApp app)
    {
        await using var db = app.CreateDbContext(UserScope.System);
        return await db.MonthlyActivities.CountAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task A_good_file_stores_every_row()
    {
        await using var app = await TestApp.CreateAsync();
        var (unit1, _) = await AccountsTestData.UnitsAsync(app);
        var account = await AccountsTestData.ActiveAccountAsync(app, unit1, Platform.Weibo, "城关微博");

        var result = await ImportAsync(app, unit1, $"{Header}\n{account},2026-11,12,2026-11-20,5,5\n");

        Assert.True(result.Succeeded, string.Join(" ", result.Errors));
        Assert.Equal(1, await StoredAsync(app));
    }

    [Fact]
    public async Task A_bad_row_rejects_the_whole_file_with_its_line_and_reason_and_stores_nothing()
    {
        await using var app = await TestApp.CreateAsync();
        var (unit1, _) = await AccountsTestData.UnitsAsync(app);
        var account = await AccountsTestData.ActiveAccountAsync(app, unit1, Platform.Weibo, "城关微博");

        var result = await ImportAsync(app, unit1, $"{Header}\n{account},2026-11,12,2026-11-20,5,5\n{account},2026-10,3,2026-10-02,2,7\n");

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Errors);
        Assert.Equal(3, error.Line);
        Assert.Contains("已回复留言数不能多于收到的留言数", error.Message);
        Assert.Equal(0, await StoredAsync(app));
    }

    [Fact]
    public async Task Rows_for_another_units_account_for_a_government_app_or_a_missing_account_are_refused_by_line()
    {
        await using var app = await TestApp.CreateAsync();
        var (unit1, unit2) = await AccountsTestData.UnitsAsync(app);
        var own = await AccountsTestData.ActiveAccountAsync(app, unit1, Platform.Weibo, "城关微博");
        var app1 = await AccountsTestData.ActiveAccountAsync(app, unit1, Platform.GovernmentApp, "城关App");
        var foreign = await AccountsTestData.ActiveAccountAsync(app, unit2, Platform.Weibo, "青山微博");

        var result = await ImportAsync(app, unit1, string.Join('\n',
            Header,
            $"{own},2026-11,1,2026-11-02,0,0",
            $"{foreign},2026-11,1,2026-11-02,0,0",
            $"{app1},2026-11,1,2026-11-02,0,0",
            "99999,2026-11,1,2026-11-02,0,0"));

        Assert.Equal([3, 4, 5], result.Errors.Select(e => e.Line));
        Assert.Contains("不属于本单位", result.Errors[0].Message);
        Assert.Contains("政务客户端App", result.Errors[1].Message);
        Assert.Contains("不存在", result.Errors[2].Message);
        Assert.Equal(0, await StoredAsync(app));
    }

    [Fact]
    public async Task A_month_before_the_account_went_live_is_refused()
    {
        await using var app = await TestApp.CreateAsync();
        var (unit1, _) = await AccountsTestData.UnitsAsync(app);
        var account = await AccountsTestData.ActiveAccountAsync(app, unit1, Platform.Weibo, "城关微博");

        var result = await ImportAsync(app, unit1, $"{Header}\n{account},2026-09,1,2026-09-02,0,0\n");

        Assert.Equal(2, Assert.Single(result.Errors).Line);
        Assert.Equal(0, await StoredAsync(app));
    }
}
