using System.Linq.Expressions;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VendorManager.Domain.Grants;
using VendorManager.Persistence;
using VendorManager.Web.Features.Grants;
using VendorManager.Web.Security;
using VendorManager.Web.Tests.Infrastructure;

namespace VendorManager.Web.Tests.Features.Grants;

/// <summary>The second person of decision 0015, for tests whose subject is what a granted user or key then does.</summary>
internal static class GrantApproval
{
    /// <summary>A user of the role that approves grants of <paramref name="role"/>, who is not the Admin who asked.</summary>
    public static ClaimsPrincipal ApproverOf(string role) =>
        TestUsers.Principal(GrantRequest.ApproverRole(role), userName: "approver-" + GrantRequest.ApproverRole(role).ToLowerInvariant());

    /// <summary>Approves every pending grant, each by its approver.</summary>
    public static Task ApproveAllAsync(IServiceProvider services) => ApproveAsync(services, _ => true);

    /// <summary>Approves the pending grant of the key.</summary>
    public static Task ApproveKeyAsync(IServiceProvider services, int keyId) => ApproveAsync(services, g => g.ApiKeyId == keyId);

    private static async Task ApproveAsync(IServiceProvider services, Expression<Func<GrantRequest, bool>> which)
    {
        List<GrantRequest> pending;
        await using (var scope = services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<CurrentUser>().UseSystem();
            await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
            pending = await db.GrantRequests.AsNoTracking().Where(g => g.Status == GrantStatus.Pending).Where(which).ToListAsync();
        }

        foreach (var grant in pending)
        {
            await using var scope = services.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<CurrentUser>().Set(ApproverOf(grant.Role));
            var approved = await scope.ServiceProvider.GetRequiredService<GrantService>().ApproveAsync(grant.Id, grant.Version, default);
            Assert.True(approved.Succeeded, approved.Describe());
        }
    }
}
