using Bunit;
using Microsoft.Extensions.DependencyInjection;
using VendorManager.Domain.Common;
using VendorManager.Web.Features.Users;
using VendorManager.Web.Tests.Features.Grants;
using VendorManager.Web.Tests.Infrastructure;

namespace VendorManager.Web.Tests.Features.Users;

public sealed class UserListTests
{
    [Fact]
    public async Task Lists_users_with_their_role_and_shows_a_locked_account_as_locked()
    {
        await using var test = await ComponentTest.CreateAsync(TestUsers.Admin);
        var service = test.Services.GetRequiredService<UserAdminService>();
        var ct = Xunit.TestContext.Current.CancellationToken;
        var locked = (await service.CreateAsync(UserAdminServiceTests.Form("lisi", Roles.Procurement), ct)).Value!;
        await service.CreateAsync(UserAdminServiceTests.Form("zhangsan", Roles.Finance), ct);
        await GrantApproval.ApproveAllAsync(test.Services);
        Assert.True((await service.LockAsync(locked, ct)).Succeeded);
        test.RenderProviders();

        var page = test.Render<UserList>();

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("tbody tr.mud-table-row").Count));
        var rows = page.FindAll("tbody tr.mud-table-row");
        Assert.Contains("采购", rows[0].TextContent, StringComparison.Ordinal);
        Assert.NotNull(rows[0].QuerySelector("[data-testid=user-status-locked]"));
        Assert.Equal(["user-edit", "user-unlock", "user-reset-password"], Buttons(rows[0]));
        Assert.Contains("县级（全部单位）", rows[1].TextContent, StringComparison.Ordinal);
        Assert.NotNull(rows[1].QuerySelector("[data-testid=user-status-active]"));
        Assert.Equal(["user-edit", "user-lock", "user-reset-password"], Buttons(rows[1]));
    }

    /// <summary>The row's buttons, in order: the actions the service returned for it.</summary>
    private static string?[] Buttons(AngleSharp.Dom.IElement row) =>
        [.. row.QuerySelectorAll("button[data-testid]").Select(b => b.GetAttribute("data-testid"))];
}
