using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VendorManager.Domain.Accounts;
using VendorManager.Domain.Common;
using VendorManager.Web.Features.Accounts;
using VendorManager.Web.Features.Shared;
using VendorManager.Web.Tests.Infrastructure;

namespace VendorManager.Web.Tests.Features.Accounts;

/// <summary>A month entered by hand goes through the command pipeline: a stale page and a busy database are told, nothing half-saved.</summary>
public sealed class ActivityRecordTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_month_entered_on_a_page_that_missed_another_entry_is_refused_as_stale_and_the_other_entry_stays()
    {
        await using var app = await TestApp.CreateAsync();
        var (unit1, _) = await AccountsTestData.UnitsAsync(app);
        var account = await AccountsTestData.ActiveAccountAsync(app, unit1, Platform.Weibo, "城关微博");
        var seen = await VersionAsync(app, account);
        Assert.True((await RecordAsync(app, unit1, account, posts: 12, seen)).Succeeded);

        var stale = await RecordAsync(app, unit1, account, posts: 3, seen);

        Refused.Because(stale, Refused.Stale);
        await using var db = app.CreateDbContext(UserScope.System);
        Assert.Equal(12, (await db.MonthlyActivities.SingleAsync(m => m.AccountId == account, Ct)).Posts);
    }

    [Fact]
    public async Task A_month_entered_while_another_writer_holds_the_database_is_refused_as_busy_and_stored_when_tried_again()
    {
        await using var app = await TestApp.CreateAsync(new Dictionary<string, string?> { ["Database:CommandTimeoutSeconds"] = "1" });
        var (unit1, _) = await AccountsTestData.UnitsAsync(app);
        var account = await AccountsTestData.ActiveAccountAsync(app, unit1, Platform.Weibo, "城关微博");

        await using (await DatabaseLock.HoldTableAsync(app.Database, "MonthlyActivities"))
        {
            Refused.Because(await RecordAsync(app, unit1, account, posts: 12, version: null), DatabaseLock.BusyMessage);
        }

        await using (var db = app.CreateDbContext(UserScope.System))
        {
            Assert.Equal(0, await db.MonthlyActivities.CountAsync(Ct));
        }

        var stored = await RecordAsync(app, unit1, account, posts: 12, version: null);
        Assert.True(stored.Succeeded, stored.Describe());
    }

    private static async Task<Result> RecordAsync(TestApp app, int unitId, int accountId, int posts, int? version)
    {
        await using var scope = app.ScopeFor(TestUsers.HostUnit(unitId));
        return await scope.ServiceProvider.GetRequiredService<ActivityService>().RecordAsync(accountId, new ActivityForm
        {
            Month = new DateTime(2026, 11, 1),
            Posts = posts,
            LastPostOn = new DateTime(2026, 11, 20),
            Version = version,
        }, Ct);
    }

    private static async Task<int> VersionAsync(TestApp app, int accountId)
    {
        await using var db = app.CreateDbContext(UserScope.System);
        return (await db.Accounts.SingleAsync(a => a.Id == accountId, Ct)).Version;
    }
}
