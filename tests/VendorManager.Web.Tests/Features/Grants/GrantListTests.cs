using Bunit;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using VendorManager.Domain.Common;
using VendorManager.Persistence.Identity;
using VendorManager.Web.Features.Grants;
using VendorManager.Web.Features.Users;
using VendorManager.Web.Security;
using VendorManager.Web.Tests.Features.Users;
using VendorManager.Web.Tests.Infrastructure;

namespace VendorManager.Web.Tests.Features.Grants;

public sealed class GrantListTests
{
    [Fact]
    public async Task Approving_a_password_reset_shows_the_approver_the_new_password_once_and_it_signs_the_user_in()
    {
        await using var test = await ComponentTest.CreateAsync(TestUsers.Supervisor);
        var ct = Xunit.TestContext.Current.CancellationToken;
        var id = (await AsAdminAsync(test, users => users.CreateAsync(UserAdminServiceTests.Form("lisi", Roles.Procurement), ct))).Value!;
        await GrantApproval.ApproveAllAsync(test.Services);
        Assert.True((await AsAdminAsync(test, users => users.RequestPasswordResetAsync(id, ct))).Succeeded);
        test.RenderProviders();

        var page = test.Render<GrantList>();
        page.WaitForAssertion(() => Assert.Contains("重置密码", page.Find("[data-testid=grant-table] tbody").TextContent, StringComparison.Ordinal));
        page.Find("[data-testid^=grant-approve-]").Click();

        page.WaitForAssertion(() => Assert.Contains("“lisi”的新密码", page.Find("[data-testid=grant-temporary-password]").TextContent, StringComparison.Ordinal));
        var password = page.Find("[data-testid=grant-temporary-password] code").TextContent;
        await using var scope = test.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().UseSystem();
        var userManager = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        Assert.True(await userManager.CheckPasswordAsync((await userManager.FindByIdAsync(id))!, password));
    }

    private static async Task<T> AsAdminAsync<T>(ComponentTest test, Func<UserAdminService, Task<T>> act)
    {
        await using var scope = test.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().Set(TestUsers.Admin);
        return await act(scope.ServiceProvider.GetRequiredService<UserAdminService>());
    }
}
