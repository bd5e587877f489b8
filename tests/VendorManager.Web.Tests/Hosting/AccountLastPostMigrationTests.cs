using Microsoft.EntityFrameworkCore;
using VendorManager.Domain.Accounts;
using VendorManager.Domain.Common;
using VendorManager.Domain.HostUnits;
using VendorManager.Web.Tests.Infrastructure;

namespace VendorManager.Web.Tests.Hosting;

/// <summary>
/// The migration that puts the last post date on the account fills it from the activity already stored,
/// on the run's provider: an existing database must not lose its flags on the upgrade.
/// </summary>
public sealed class AccountLastPostMigrationTests
{
    private const string Migration = "AccountLastPostAndIndexes";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Upgrading_gives_every_account_the_latest_post_date_of_its_stored_months()
    {
        await using var app = await TestApp.CreateAsync();
        var at = new DateTimeOffset(2026, 9, 1, 10, 0, 0, ChinaTime.Offset);
        var today = new DateOnly(2026, 11, 27);
        await using (var db = app.CreateDbContext(UserScope.System))
        {
            var unit = new HostUnit("城关镇", HostUnitKind.Town, "U1");
            db.Add(unit);
            await db.SaveChangesAsync(Ct);
            var posting = Live(unit.Id, Platform.Weibo, at);
            var stopped = Live(unit.Id, Platform.Douyin, at);
            var silent = Live(unit.Id, Platform.Toutiao, at);
            var quiet = Live(unit.Id, Platform.Bilibili, at);
            db.AddRange(posting, stopped, silent, quiet);
            await db.SaveChangesAsync(Ct);
            // Stored as before the upgrade: months only, nothing on the accounts.
            db.MonthlyActivities.AddRange(
                Month(posting, "2026-09-01", 5, "2026-09-28", today),
                Month(posting, "2026-11-01", 2, "2026-11-20", today),
                Month(posting, "2026-10-01", 7, "2026-10-31", today),
                Month(stopped, "2026-09-01", 3, "2026-09-15", today),
                Month(stopped, "2026-10-01", 0, "2026-09-15", today),
                Month(silent, "2026-10-01", 0, null, today));
            await db.SaveChangesAsync(Ct);
        }

        await using (var db = app.CreateDbContext(UserScope.System))
        {
            await MigrationReplay.ReapplyAsync(db, Migration, Ct);
        }

        await using (var db = app.CreateDbContext(UserScope.System))
        {
            var lastPosts = await db.Accounts.OrderBy(a => a.Id).Select(a => a.LastPostOn).ToListAsync(Ct);
            Assert.Equal([new DateOnly(2026, 11, 20), new DateOnly(2026, 9, 15), null, null], lastPosts);
        }
    }

    private static Account Live(int unitId, Platform platform, DateTimeOffset at)
    {
        var account = Account.FileOpening(unitId, platform, "账号" + platform, AccountOperator.UnitItself, null, [], "unit", at).Value!;
        Assert.True(account.AcceptFiling(account.PendingFiling!, "county", at).Succeeded);
        Assert.True(account.RecordPlatformId("id-" + platform, "unit", at).Succeeded);
        return account;
    }

    private static MonthlyActivity Month(Account account, string month, int posts, string? lastPost, DateOnly today)
    {
        var recorded = MonthlyActivity.ForPublishing(
            account, DateOnly.Parse(month, System.Globalization.CultureInfo.InvariantCulture), posts,
            lastPost is null ? null : DateOnly.Parse(lastPost, System.Globalization.CultureInfo.InvariantCulture), 0, 0, today);
        Assert.True(recorded.Succeeded, recorded.Refusal?.ToString());
        return recorded.Value!;
    }
}
