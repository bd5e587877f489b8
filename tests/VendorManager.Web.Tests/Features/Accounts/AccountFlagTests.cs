using Microsoft.Extensions.DependencyInjection;
using VendorManager.Domain.Accounts;
using VendorManager.Domain.Common;
using VendorManager.Web.Features.Accounts;
using VendorManager.Web.Features.Home;
using VendorManager.Web.Tests.Infrastructure;

namespace VendorManager.Web.Tests.Features.Accounts;

public sealed class AccountFlagTests
{
    private static async Task<AccountRow> RowAsync(TestApp app, int accountId)
    {
        await using var scope = app.ScopeFor(TestUsers.Supervisor);
        var page = await scope.ServiceProvider.GetRequiredService<AccountService>().ListAsync(new AccountFilter(), new(0, 50), TestContext.Current.CancellationToken);
        return page.Rows.Items.Single(r => r.Id == accountId);
    }

    private static async Task<IReadOnlyList<PendingWorkItem>> PendingWorkAsync(TestApp app, System.Security.Claims.ClaimsPrincipal user)
    {
        await using var scope = app.ScopeFor(user);
        return await scope.ServiceProvider.GetRequiredService<HomeService>().GetPendingWorkAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task An_account_silent_for_13_days_is_not_flagged_at_14_it_is_两周未更新_and_at_90_a_僵尸账号_on_both_home_pages()
    {
        await using var app = await TestApp.CreateAsync();
        var (unit1, _) = await AccountsTestData.UnitsAsync(app);
        var account = await AccountsTestData.ActiveAccountAsync(app, unit1, Platform.Weibo, "城关微博");

        app.Clock.Advance(TimeSpan.FromDays(13));
        Assert.Equal(ActivityFlag.None, (await RowAsync(app, account)).Flag);

        app.Clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(ActivityFlag.NotUpdated, (await RowAsync(app, account)).Flag);
        Assert.Contains(await PendingWorkAsync(app, TestUsers.Supervisor), i => i.Text.Contains("两周未更新") && i.Count == 1);

        app.Clock.Advance(TimeSpan.FromDays(76));
        var row = await RowAsync(app, account);
        Assert.Equal(ActivityFlag.Zombie, row.Flag);
        Assert.Equal(90, row.DaysWithoutPost);
        Assert.Contains(await PendingWorkAsync(app, TestUsers.HostUnit(unit1)), i => i.Text.Contains("僵尸账号") && i.Count == 1);
    }

    [Fact]
    public async Task The_thresholds_come_from_settings()
    {
        await using var app = await TestApp.CreateAsync(new Dictionary<string, string?>
        {
            [AccountSettings.NotUpdatedDaysKey] = "7",
            [AccountSettings.ZombieDaysKey] = "30",
        });
        var (unit1, _) = await AccountsTestData.UnitsAsync(app);
        var account = await AccountsTestData.ActiveAccountAsync(app, unit1, Platform.Weibo, "城关微博");

        app.Clock.Advance(TimeSpan.FromDays(7));
        Assert.Equal(ActivityFlag.NotUpdated, (await RowAsync(app, account)).Flag);

        app.Clock.Advance(TimeSpan.FromDays(23));
        await using var scope = app.ScopeFor(TestUsers.Supervisor);
        var zombies = await scope.ServiceProvider.GetRequiredService<AccountService>()
            .ListAsync(new AccountFilter(Flag: ActivityFlag.Zombie), new(0, 50), TestContext.Current.CancellationToken);
        Assert.Equal([account], zombies.Rows.Items.Select(r => r.Id));
    }

    [Fact]
    public async Task The_Supervisor_home_lists_filings_awaiting_acceptance_and_the_unit_home_its_accepted_accounts_awaiting_a_platform_id()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await TestApp.CreateAsync();
        var (unit1, _) = await AccountsTestData.UnitsAsync(app);
        int accountId;
        await using (var scope = app.ScopeFor(TestUsers.HostUnit(unit1)))
        {
            accountId = (await scope.ServiceProvider.GetRequiredService<FilingService>()
                .FileOpeningAsync(new OpeningForm { Platform = Platform.Weibo, Name = "城关微博", Operator = AccountOperator.UnitItself }, FilingPaperUploads.Complete(FilingKind.Opening), ct)).Value;
        }

        Assert.Contains(await PendingWorkAsync(app, TestUsers.Supervisor), i => i.Href == "/filings" && i.Count == 1);

        await AccountsTestData.AcceptPendingAsync(app, accountId);

        Assert.DoesNotContain(await PendingWorkAsync(app, TestUsers.Supervisor), i => i.Href == "/filings");
        Assert.Contains(await PendingWorkAsync(app, TestUsers.HostUnit(unit1)), i => i.Text.Contains("待登记平台账号ID") && i.Count == 1);
    }
}
