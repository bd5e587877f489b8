using Microsoft.EntityFrameworkCore;
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
}
