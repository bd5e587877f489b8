using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VendorManager.Domain.Common;
using VendorManager.Persistence.Auditing;
using VendorManager.Web.Tests.Infrastructure;

namespace VendorManager.Web.Tests.Features.Audit;

public sealed class AuditEntryAppendOnlyTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Saving_a_changed_audit_entry_is_refused_and_the_entry_stays_as_written()
    {
        await using var app = await TestApp.CreateAsync();
        await AuditTestData.AddUnitAsync(app.CreateDbContext, TestUsers.Supervisor, "城关镇", "CG");

        await using (var db = app.CreateDbContext(UserScope.System))
        {
            var entry = await db.AuditEntries.SingleAsync(Ct);
            db.Entry(entry).Property(e => e.UserName).CurrentValue = "someone-else";

            var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync(Ct));
            Assert.Contains("append-only", refused.Message, StringComparison.Ordinal);
        }

        await using var check = app.CreateDbContext(UserScope.System);
        Assert.Equal("supervisor", (await check.AuditEntries.SingleAsync(Ct)).UserName);
    }

    [Fact]
    public async Task Deleting_an_audit_entry_is_refused_and_the_entry_remains()
    {
        await using var app = await TestApp.CreateAsync();
        await AuditTestData.AddUnitAsync(app.CreateDbContext, TestUsers.Supervisor, "城关镇", "CG");

        await using (var db = app.CreateDbContext(UserScope.System))
        {
            db.AuditEntries.Remove(await db.AuditEntries.SingleAsync(Ct));

            var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync(Ct));
            Assert.Contains("append-only", refused.Message, StringComparison.Ordinal);
        }

        await using var check = app.CreateDbContext(UserScope.System);
        Assert.Equal(1, await check.AuditEntries.CountAsync(Ct));
        Assert.True(app.Services.GetRequiredService<AuditSeal>().NewVerifier().CheckAll(await check.AuditEntries.OrderBy(e => e.Sequence).ToListAsync(Ct)).IsIntact);
    }
}
