using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using VendorManager.Domain.Common;
using VendorManager.Persistence.Identity;
using VendorManager.Web.Features.Account;
using VendorManager.Web.Features.Shared;
using VendorManager.Web.Tests.Features.Grants;
using VendorManager.Web.Tests.Infrastructure;

namespace VendorManager.Web.Tests.Features.Users;

/// <summary>A user replaces the first password its approver handed over (decision 0015) with one only it knows.</summary>
public sealed class PasswordChangeServiceTests
{
    private const string Chosen = "Qingshan#2027";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_user_changes_its_own_password_the_old_one_stops_working_and_its_sessions_end()
    {
        await using var app = await TestApp.CreateAsync();
        var id = (await UserAdminServiceTests.CreateApprovedAsync(app, UserAdminServiceTests.Form("zhangsan", Roles.Supervisor))).Value!;
        var stampBefore = await StampAsync(app, id);

        var changed = await ChangeAsync(app, id, new() { CurrentPassword = GrantApproval.ChosenPassword, NewPassword = Chosen, ConfirmPassword = Chosen });

        Assert.True(changed.Succeeded, changed.Describe());
        Assert.False(await ChecksAsync(app, id, GrantApproval.ChosenPassword));
        Assert.True(await ChecksAsync(app, id, Chosen));
        Assert.NotEqual(stampBefore, await StampAsync(app, id));
    }

    [Fact]
    public async Task A_wrong_current_password_a_weak_or_unconfirmed_new_one_is_named_beside_its_field_and_nothing_changes()
    {
        await using var app = await TestApp.CreateAsync();
        var id = (await UserAdminServiceTests.CreateApprovedAsync(app, UserAdminServiceTests.Form("zhangsan", Roles.Finance))).Value!;

        var wrongCurrent = await ChangeAsync(app, id, new() { CurrentPassword = "Guess#2027", NewPassword = Chosen, ConfirmPassword = Chosen });
        var weak = await ChangeAsync(app, id, new() { CurrentPassword = GrantApproval.ChosenPassword, NewPassword = "short", ConfirmPassword = "short" });
        var unconfirmed = await ChangeAsync(app, id, new() { CurrentPassword = GrantApproval.ChosenPassword, NewPassword = Chosen, ConfirmPassword = Chosen + "x" });
        var same = await ChangeAsync(app, id, new() { CurrentPassword = GrantApproval.ChosenPassword, NewPassword = GrantApproval.ChosenPassword, ConfirmPassword = GrantApproval.ChosenPassword });

        Assert.Equal("当前密码不正确", wrongCurrent.For(nameof(PasswordChangeForm.CurrentPassword)));
        Assert.Equal("密码至少需要 8 位", weak.For(nameof(PasswordChangeForm.NewPassword)));
        Assert.Equal("两次输入的新密码不一致", unconfirmed.For(nameof(PasswordChangeForm.ConfirmPassword)));
        Assert.Equal("新密码不能与当前密码相同", same.For(nameof(PasswordChangeForm.NewPassword)));
        Assert.True(await ChecksAsync(app, id, GrantApproval.ChosenPassword));
    }

    [Fact]
    public async Task The_system_has_no_password_to_change()
    {
        await using var app = await TestApp.CreateAsync();
        await using var scope = app.SystemScope();

        var result = await scope.ServiceProvider.GetRequiredService<PasswordChangeService>()
            .ChangeAsync(new() { CurrentPassword = GrantApproval.ChosenPassword, NewPassword = Chosen, ConfirmPassword = Chosen }, Ct);

        Refused.Because(result, Refused.Forbidden);
    }

    private static async Task<Result> ChangeAsync(TestApp app, string userId, PasswordChangeForm form)
    {
        ClaimsPrincipal principal;
        await using (var system = app.SystemScope())
        {
            var user = (await system.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByIdAsync(userId))!;
            principal = await UserAdminServiceTests.SignInManagerIn(system.ServiceProvider).CreateUserPrincipalAsync(user);
        }

        await using var scope = app.ScopeFor(principal);
        return await scope.ServiceProvider.GetRequiredService<PasswordChangeService>().ChangeAsync(form, Ct);
    }

    private static async Task<bool> ChecksAsync(TestApp app, string userId, string password)
    {
        await using var scope = app.SystemScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        return await users.CheckPasswordAsync((await users.FindByIdAsync(userId))!, password);
    }

    private static async Task<string?> StampAsync(TestApp app, string userId)
    {
        await using var scope = app.SystemScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        return await users.GetSecurityStampAsync((await users.FindByIdAsync(userId))!);
    }
}
