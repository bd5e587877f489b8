using Microsoft.EntityFrameworkCore;
using VendorManager.Domain.Common;
using VendorManager.Domain.HostUnits;
using VendorManager.Web.Tests.Infrastructure;

namespace VendorManager.Web.Tests.Data;

public sealed class ConcurrencyTests
{
    [Fact]
    public async Task A_save_over_someone_elses_newer_edit_is_refused()
    {
        await using var app = await TestApp.CreateAsync();
        int id;
        await using (var db = app.CreateDbContext(UserScope.System))
        {
            var unit = new HostUnit("城关镇", HostUnitKind.Town, "CG");
            db.HostUnits.Add(unit);
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
            id = unit.Id;
        }

        await using var first = app.CreateDbContext(UserScope.System);
        await using var second = app.CreateDbContext(UserScope.System);
        var mine = await first.HostUnits.SingleAsync(u => u.Id == id, TestContext.Current.CancellationToken);
        var theirs = await second.HostUnits.SingleAsync(u => u.Id == id, TestContext.Current.CancellationToken);

        theirs.Update("城关镇人民政府", HostUnitKind.Town, "CG");
        await second.SaveChangesAsync(TestContext.Current.CancellationToken);
        mine.Update("城关镇政府", HostUnitKind.Town, "CG");

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => first.SaveChangesAsync(TestContext.Current.CancellationToken));
        await using var check = app.CreateDbContext(UserScope.System);
        Assert.Equal("城关镇人民政府", (await check.HostUnits.SingleAsync(u => u.Id == id, TestContext.Current.CancellationToken)).Name);
    }
}
