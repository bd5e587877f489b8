using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VendorManager.Domain.Auditing;
using VendorManager.Domain.Common;
using VendorManager.Domain.HostUnits;
using VendorManager.Persistence.Auditing;
using VendorManager.Web.Tests.Infrastructure;

namespace VendorManager.Web.Tests.Data;

public sealed class AuditInterceptorTests
{
    [Fact]
    public async Task Renaming_a_host_unit_writes_exactly_one_audit_row_with_old_and_new_name()
    {
        await using var app = await TestApp.CreateAsync();
        int unitId;
        await using (var db = app.CreateDbContext(UserScope.System))
        {
            var unit = new HostUnit("城关镇", HostUnitKind.Town, "cg");
            db.HostUnits.Add(unit);
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
            unitId = unit.Id;
        }

        var supervisor = TestUsers.ScopeOf(TestUsers.Supervisor);
        long before;
        await using (var db = app.CreateDbContext(supervisor))
        {
            before = await db.AuditEntries.CountAsync(TestContext.Current.CancellationToken);
            var unit = await db.HostUnits.SingleAsync(u => u.Id == unitId, TestContext.Current.CancellationToken);
            unit.Update("城关镇人民政府", HostUnitKind.Town, "CG");
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        await using (var db = app.CreateDbContext(UserScope.System))
        {
            var added = await db.AuditEntries.Where(e => e.Sequence > before).ToListAsync(TestContext.Current.CancellationToken);
            var entry = Assert.Single(added);
            Assert.Equal(nameof(HostUnit), entry.EntityType);
            Assert.Equal(unitId.ToString(System.Globalization.CultureInfo.InvariantCulture), entry.EntityKey);
            Assert.Equal(AuditAction.Update, entry.Action);
            Assert.Equal("supervisor", entry.UserName);
            Assert.Equal(app.Clock.GetUtcNow(), entry.OccurredAt);
            var change = Assert.Single(entry.ReadChanges());
            Assert.Equal(new AuditChange(nameof(HostUnit.Name), "城关镇", "城关镇人民政府"), change);
        }
    }

    [Fact]
    public async Task Insert_records_the_generated_key_and_every_set_field()
    {
        await using var app = await TestApp.CreateAsync();
        await using var db = app.CreateDbContext(TestUsers.ScopeOf(TestUsers.Supervisor));
        var unit = new HostUnit("青山镇", HostUnitKind.Town, "QS");
        db.HostUnits.Add(unit);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);

        var entry = await db.AuditEntries.OrderByDescending(e => e.Sequence).FirstAsync(TestContext.Current.CancellationToken);
        Assert.Equal(AuditAction.Insert, entry.Action);
        Assert.Equal(unit.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), entry.EntityKey);
        var fields = entry.ReadChanges().ToDictionary(c => c.Field, c => c.New);
        Assert.Equal("青山镇", fields[nameof(HostUnit.Name)]);
        Assert.Equal("QS", fields[nameof(HostUnit.Code)]);
        Assert.Equal("Town", fields[nameof(HostUnit.Kind)]);
    }

    [Fact]
    public async Task A_password_hash_reaches_the_audit_log_only_masked()
    {
        await using var app = await TestApp.CreateAsync();
        await using (var scope = app.SystemScope())
        {
            var users = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions
                .GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Persistence.Identity.AppUser>>(scope.ServiceProvider);
            var created = await users.CreateAsync(new Persistence.Identity.AppUser { UserName = "zhang", DisplayName = "张三" }, "Secret@2026");
            Assert.True(created.Succeeded);
        }

        await using var db = app.CreateDbContext(UserScope.System);
        var entry = await db.AuditEntries.SingleAsync(e => e.EntityType == "AppUser", TestContext.Current.CancellationToken);
        var hash = Assert.Single(entry.ReadChanges(), c => c.Field == "PasswordHash");
        Assert.Equal("******", hash.New);
        Assert.DoesNotContain("AQAAAA", entry.Changes, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_change_whose_save_fails_leaves_no_audit_row()
    {
        await using var app = await TestApp.CreateAsync();
        await using (var db = app.CreateDbContext(UserScope.System))
        {
            db.HostUnits.Add(new HostUnit("城关镇", HostUnitKind.Town, "CG"));
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        await using (var db = app.CreateDbContext(UserScope.System))
        {
            db.HostUnits.Add(new HostUnit("另一个城关镇", HostUnitKind.Town, "CG"));
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync(TestContext.Current.CancellationToken));
        }

        await using (var db = app.CreateDbContext(UserScope.System))
        {
            Assert.Equal(1, await db.HostUnits.CountAsync(TestContext.Current.CancellationToken));
            Assert.Equal(1, await db.AuditEntries.CountAsync(TestContext.Current.CancellationToken));
        }
    }

    [Fact]
    public async Task The_audit_log_written_by_saves_verifies_as_an_intact_chain()
    {
        await using var app = await TestApp.CreateAsync();
        for (var i = 0; i < 3; i++)
        {
            await using var db = app.CreateDbContext(UserScope.System);
            db.HostUnits.Add(new HostUnit($"单位{i}", HostUnitKind.Department, $"D{i}"));
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        await using var read = app.CreateDbContext(UserScope.System);
        var entries = await read.AuditEntries.OrderBy(e => e.Sequence).ToListAsync(TestContext.Current.CancellationToken);
        var verifier = app.Services.GetRequiredService<AuditSeal>().NewVerifier().CheckAll(entries);
        Assert.True(verifier.IsIntact);
        Assert.Equal(3, verifier.Checked);
    }
}
