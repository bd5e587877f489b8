using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VendorManager.Domain.Accounts;
using VendorManager.Domain.Common;
using VendorManager.Web.Data.Seeding;
using VendorManager.Web.Features.Accounts;
using VendorManager.Web.Tests.Infrastructure;

namespace VendorManager.Web.Tests.Features.Accounts;

public sealed class AccountDemoDataTests
{
    [Fact]
    public async Task The_demo_data_gives_every_unit_accounts_filings_in_each_state_and_one_account_of_each_flag()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await TestApp.CreateAsync();
        await using (var scope = app.SystemScope())
        {
            var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
            foreach (var role in Roles.All)
            {
                await roles.CreateAsync(new IdentityRole(role));
            }

            await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync(ct);
        }

        await using var db = app.CreateDbContext(UserScope.System);
        var unitIds = await db.HostUnits.Select(u => u.Id).ToListAsync(ct);
        var accounts = await db.Accounts.AsNoTracking().ToListAsync(ct);
        Assert.All(unitIds, id => Assert.Contains(accounts, a => a.HostUnitId == id));
        Assert.Equal(Enum.GetValues<FilingState>().Order(), (await db.Filings.Select(f => f.State).Distinct().ToListAsync(ct)).Order());
        Assert.Equal(Enum.GetValues<AccountStatus>().Order(), accounts.Select(a => a.Status).Distinct().Order());
        Assert.Contains(accounts.GroupBy(a => (a.HostUnitId, a.Platform)), g => g.Count(a => a.OccupiesPlatform) > 1);
        var oldest = MonthlyActivity.MonthOf(ChinaTime.Today(app.Clock)).AddMonths(-5);
        Assert.True(await db.MonthlyActivities.AnyAsync(m => m.Month == oldest, ct));

        await using var supervisor = app.ScopeFor(TestUsers.Supervisor);
        var counts = (await supervisor.ServiceProvider.GetRequiredService<AccountService>().ListAsync(new AccountFilter(), new(0, 10), ct)).Counts;
        Assert.Equal(1, counts.NotUpdated);
        Assert.Equal(1, counts.Zombie);

        // A first visit to the county's queue: a waiting opening long past the time limit, carrying its papers,
        // and a waiting change within it; the papers download.
        var filings = supervisor.ServiceProvider.GetRequiredService<FilingService>();
        var waiting = (await filings.ListAsync(FilingState.Submitted, new(0, 20), ct)).Items;
        var overdue = Assert.Single(waiting, f => f.OverdueWorkingDays is not null);
        Assert.Equal("城关快手号", overdue.AccountName);
        Assert.Equal([FilingPaper.SubjectCertification, FilingPaper.OperatorInformation], overdue.Papers.Select(p => p.Paper));
        Assert.Empty(overdue.MissingPapers);
        var download = await filings.OpenPaperAsync(overdue.Id, overdue.Papers[0].Id, ct);
        Assert.NotNull(download);
        await download.Content.DisposeAsync();
        Assert.Contains(waiting, f => f.Kind == FilingKind.Change && f.OverdueWorkingDays is null && f.Papers.Count == 1);
    }
}
