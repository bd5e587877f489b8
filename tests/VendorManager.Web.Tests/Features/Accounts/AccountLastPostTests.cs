using Microsoft.Extensions.DependencyInjection;
using VendorManager.Domain.Accounts;
using VendorManager.Web.Features.Accounts;
using VendorManager.Web.Features.Shared;
using VendorManager.Web.Tests.Infrastructure;

namespace VendorManager.Web.Tests.Features.Accounts;

/// <summary>
/// The inventory reads the activity flags from the last post date kept on the account: recording,
/// correcting and importing a month must move it, or the list would flag the wrong accounts.
/// </summary>
public sealed class AccountLastPostTests
{
    private const string Header = "平台,平台账号ID或地址,月份,发布条数,最后发布日期,收到留言数,已回复留言数";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Recording_a_post_clears_the_flag_and_correcting_it_away_brings_the_flag_back()
    {
        await using var app = await TestApp.CreateAsync();
        var (unit1, _) = await AccountsTestData.UnitsAsync(app);
        var account = await AccountsTestData.ActiveAccountAsync(app, unit1, Platform.Weibo, "城关微博");
        var other = await AccountsTestData.ActiveAccountAsync(app, unit1, Platform.Douyin, "城关抖音");
        app.Clock.Advance(TimeSpan.FromDays(20)); // 2026-12-17: both silent for 20 days since going live

        Assert.Equal([account, other], await FlaggedAsync(app, ActivityFlag.NotUpdated));

        Assert.True((await RecordAsync(app, unit1, account, posts: 3, new DateTime(2026, 12, 16))).Succeeded);
        var page = await ListAsync(app, new AccountFilter(Flag: ActivityFlag.NotUpdated));
        Assert.Equal([other], page.Rows.Items.Select(r => r.Id));
        Assert.Equal(1, page.Counts.NotUpdated);
        var row = (await ListAsync(app, new AccountFilter())).Rows.Items.Single(r => r.Id == account);
        Assert.Equal((ActivityFlag.None, 1), (row.Flag, row.DaysWithoutPost));

        // The unit corrects December: nothing was posted after all.
        Assert.True((await RecordAsync(app, unit1, account, posts: 0, null)).Succeeded);
        Assert.Equal([account, other], await FlaggedAsync(app, ActivityFlag.NotUpdated));
    }

    [Fact]
    public async Task An_imported_file_sets_the_last_post_of_every_account_it_names()
    {
        await using var app = await TestApp.CreateAsync();
        var (unit1, _) = await AccountsTestData.UnitsAsync(app);
        var posting = await AccountsTestData.ActiveAccountAsync(app, unit1, Platform.Weibo, "城关微博");
        var silent = await AccountsTestData.ActiveAccountAsync(app, unit1, Platform.Douyin, "城关抖音");
        app.Clock.Advance(TimeSpan.FromDays(95)); // 2027-03-02: both would be zombies without a post

        var result = await ImportAsync(app, unit1,
            $"{Header}\n微博,gh_{posting},2026-12,9,2026-12-30,0,0\n微博,gh_{posting},2027-02,4,2027-02-20,1,1\n抖音,gh_{silent},2026-12,0,,0,0\n");

        Assert.True(result.Succeeded, string.Join(" ", result.Errors));
        Assert.Equal([silent], await FlaggedAsync(app, ActivityFlag.Zombie));
        var row = (await ListAsync(app, new AccountFilter())).Rows.Items.Single(r => r.Id == posting);
        Assert.Equal((ActivityFlag.None, 10), (row.Flag, row.DaysWithoutPost));
    }

    private static async Task<IReadOnlyList<int>> FlaggedAsync(TestApp app, ActivityFlag flag) =>
        (await ListAsync(app, new AccountFilter(Flag: flag))).Rows.Items.Select(r => r.Id).Order().ToList();

    private static async Task<AccountPage> ListAsync(TestApp app, AccountFilter filter)
    {
        await using var scope = app.ScopeFor(TestUsers.Supervisor);
        return await scope.ServiceProvider.GetRequiredService<AccountService>().ListAsync(filter, new(0, 50), Ct);
    }

    private static async Task<Result> RecordAsync(TestApp app, int unitId, int accountId, int posts, DateTime? lastPost)
    {
        await using var scope = app.ScopeFor(TestUsers.HostUnit(unitId));
        return await scope.ServiceProvider.GetRequiredService<ActivityService>().RecordAsync(accountId, new ActivityForm
        {
            Month = new DateTime(2026, 12, 1),
            Posts = posts,
            LastPostOn = lastPost,
        }, Ct);
    }

    private static async Task<ActivityImportResult> ImportAsync(TestApp app, int unitId, string csv)
    {
        await using var scope = app.ScopeFor(TestUsers.HostUnit(unitId));
        return await scope.ServiceProvider.GetRequiredService<ActivityService>().ImportAsync(new StringReader(csv), Ct);
    }
}
