using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VendorManager.Domain.Accounts;
using VendorManager.Domain.Agencies;
using VendorManager.Domain.Common;
using VendorManager.Domain.HostUnits;
using VendorManager.Persistence;
using VendorManager.Web.Tests.Infrastructure;

namespace VendorManager.Web.Tests.Data;

public sealed class DataScopeTests
{
    private static async Task<(HostUnit A, HostUnit B, Agency X, Agency Y)> SeedAsync(TestApp app)
    {
        await using var db = app.CreateDbContext(UserScope.System);
        var a = new HostUnit("城关镇", HostUnitKind.Town, "A");
        var b = new HostUnit("青山镇", HostUnitKind.Town, "B");
        var x = new Agency("甲公司", "91330100MA2H0001XF");
        var y = new Agency("乙公司", "91330102MA2H0002YG");
        db.AddRange(a, b, x, y);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return (a, b, x, y);
    }

    [Fact]
    public async Task A_host_unit_user_of_unit_A_gets_nothing_of_unit_B()
    {
        await using var app = await TestApp.CreateAsync();
        var (a, b, _, _) = await SeedAsync(app);

        await using var db = app.CreateDbContext(TestUsers.ScopeOf(TestUsers.HostUnit(a.Id)));
        var visible = await db.HostUnits.Select(u => u.Id).ToListAsync(TestContext.Current.CancellationToken);

        Assert.Equal([a.Id], visible);
        Assert.Null(await db.HostUnits.FirstOrDefaultAsync(u => u.Id == b.Id, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task An_agency_user_sees_only_its_own_agency()
    {
        await using var app = await TestApp.CreateAsync();
        var (_, _, x, _) = await SeedAsync(app);

        await using var db = app.CreateDbContext(TestUsers.ScopeOf(TestUsers.Agency(x.Id)));

        Assert.Equal([x.Id], await db.Agencies.Select(g => g.Id).ToListAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task County_roles_see_every_unit()
    {
        await using var app = await TestApp.CreateAsync();
        await SeedAsync(app);

        await using var db = app.CreateDbContext(TestUsers.ScopeOf(TestUsers.Supervisor));

        Assert.Equal(2, await db.HostUnits.CountAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Nobody_signed_in_sees_no_unit()
    {
        await using var app = await TestApp.CreateAsync();
        await SeedAsync(app);

        await using var db = app.CreateDbContext(UserScope.Anonymous);

        Assert.Equal(0, await db.HostUnits.CountAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task County_and_unit_contexts_in_turn_each_see_their_own_accounts()
    {
        await using var app = await TestApp.CreateAsync();
        var (a, b, _, _) = await SeedAsync(app);
        var (inA, inB) = await AccountsAsync(app, a.Id, b.Id);

        // County users and bound users get different models (their own filter shapes); neither leaks into the other.
        foreach (var _ in Enumerable.Range(0, 2))
        {
            Assert.Equal([inA, inB], await AccountIdsAsync(app.CreateDbContext(TestUsers.ScopeOf(TestUsers.Supervisor))));
            Assert.Equal([inA], await AccountIdsAsync(app.CreateDbContext(TestUsers.ScopeOf(TestUsers.HostUnit(a.Id)))));
            Assert.Equal([inB], await AccountIdsAsync(app.CreateDbContext(TestUsers.ScopeOf(TestUsers.HostUnit(b.Id)))));
            Assert.Empty(await AccountIdsAsync(app.CreateDbContext(UserScope.Anonymous)));
        }
    }

    [Fact]
    public async Task A_context_whose_user_changes_after_it_was_made_sees_less_never_more()
    {
        await using var app = await TestApp.CreateAsync();
        var (a, b, _, _) = await SeedAsync(app);
        await AccountsAsync(app, a.Id, b.Id);
        var options = app.Services.CreateScope().ServiceProvider.GetRequiredService<DbContextOptions<AppDbContext>>();

        var wasCounty = new ChangingUser(TestUsers.ScopeOf(TestUsers.Supervisor));
        await using var countyContext = new AppDbContext(options, wasCounty);
        wasCounty.Scope = TestUsers.ScopeOf(TestUsers.HostUnit(a.Id));
        var wasUnit = new ChangingUser(TestUsers.ScopeOf(TestUsers.HostUnit(a.Id)));
        await using var unitContext = new AppDbContext(options, wasUnit);
        wasUnit.Scope = TestUsers.ScopeOf(TestUsers.Supervisor);

        Assert.Empty(await countyContext.Accounts.ToListAsync(TestContext.Current.CancellationToken));
        Assert.Empty(await unitContext.Accounts.ToListAsync(TestContext.Current.CancellationToken));
    }

    private static async Task<(int InA, int InB)> AccountsAsync(TestApp app, int unitA, int unitB)
    {
        var at = new DateTimeOffset(2026, 11, 1, 10, 0, 0, ChinaTime.Offset);
        await using var db = app.CreateDbContext(UserScope.System);
        var inA = Account.FileOpening(unitA, Platform.Weibo, "城关微博", AccountOperator.UnitItself, null, [], "unit", at).Value!;
        var inB = Account.FileOpening(unitB, Platform.Weibo, "青山微博", AccountOperator.UnitItself, null, [], "unit", at).Value!;
        db.AddRange(inA, inB);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return (inA.Id, inB.Id);
    }

    private static async Task<List<int>> AccountIdsAsync(AppDbContext context)
    {
        await using var db = context;
        return await db.Accounts.OrderBy(x => x.Id).Select(x => x.Id).ToListAsync(TestContext.Current.CancellationToken);
    }

    private sealed class ChangingUser(UserScope scope) : ICurrentUser
    {
        public UserScope Scope { get; set; } = scope;
    }
}
