using System.Linq.Expressions;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VendorManager.Domain.Grants;
using VendorManager.Persistence;
using VendorManager.Persistence.Identity;
using VendorManager.Web.Features.Grants;
using VendorManager.Web.Security;
using VendorManager.Web.Tests.Infrastructure;

namespace VendorManager.Web.Tests.Features.Grants;

/// <summary>The second person of decision 0015, for tests whose subject is what a granted user or key then does.</summary>
internal static class GrantApproval
{
    /// <summary>The password a new business user chooses after its first sign-in.</summary>
    public const string ChosenPassword = "Vendor@2026";

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
            if (approved.Value is { } issued && grant.UserId is { } userId)
            {
                // The new user signs in with the password its approver handed over and chooses its own,
                // which the tests of what the user then does sign in with.
                var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
                var user = (await users.FindByIdAsync(userId))!;
                var changed = await users.ChangePasswordAsync(user, issued, ChosenPassword);
                if (changed.Succeeded)
                {
                    changed = await PasswordChangeRequirement.ClearAsync(users, user);
                }

                Assert.True(changed.Succeeded, string.Join(" ", changed.Errors.Select(e => e.Description)));
            }
        }
    }
}
