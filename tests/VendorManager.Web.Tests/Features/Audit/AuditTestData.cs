using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using VendorManager.Domain.Common;
using VendorManager.Domain.HostUnits;
using VendorManager.Persistence;
using VendorManager.Web.Tests.Infrastructure;

namespace VendorManager.Web.Tests.Features.Audit;

/// <summary>Writes ordinary changes, so that the audit interceptor records them as it does in the app.</summary>
internal static class AuditTestData
{
    public static async Task<int> AddUnitAsync(Func<UserScope, AppDbContext> contextFor, ClaimsPrincipal user, string name, string code)
    {
        await using var db = contextFor(TestUsers.ScopeOf(user));
        var unit = new HostUnit(name, HostUnitKind.Town, code);
        db.HostUnits.Add(unit);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return unit.Id;
    }

    public static async Task RenameUnitAsync(Func<UserScope, AppDbContext> contextFor, ClaimsPrincipal user, int unitId, string name)
    {
        await using var db = contextFor(TestUsers.ScopeOf(user));
        var unit = await db.HostUnits.SingleAsync(u => u.Id == unitId, TestContext.Current.CancellationToken);
        unit.Update(name, unit.Kind, unit.Code);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
    }

    /// <summary>Edits the log behind the application's back, as someone with database access could.</summary>
    public static async Task TamperAsync(Func<UserScope, AppDbContext> contextFor, string sql)
    {
        await using var db = contextFor(UserScope.System);
        await db.Database.ExecuteSqlRawAsync(sql, TestContext.Current.CancellationToken);
    }
}
