using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using VendorManager.Domain.Common;
using VendorManager.Domain.Grants;
using VendorManager.Persistence.Identity;
using VendorManager.Web.Features.Account;
using VendorManager.Web.Features.Grants;
using VendorManager.Web.Features.Users;
using VendorManager.Web.Security;
using VendorManager.Web.Tests.Features.Grants;
using VendorManager.Web.Tests.Infrastructure;

namespace VendorManager.Web.Tests.Features.Users;

/// <summary>A password someone else chose is changed at the first sign-in, before anything else can be used.</summary>
public sealed class PasswordChangeRequirementTests
{
    private const string Chosen = "Qingshan#2027";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_password_the_approver_reset_must_be_changed_and_the_user_s_own_change_lifts_that()
    {
        await using var app = await TestApp.CreateAsync();
        var id = (await UserAdminServiceTests.CreateApprovedAsync(app, UserAdminServiceTests.Form("zhangsan", Roles.Supervisor))).Value!;
        Assert.False(await MustChangeAsync(app.Services, id));

        var issued = await ResetApprovedAsync(app, id);

        Assert.True(await MustChangeAsync(app.Services, id));
        var changed = await ChangeAsync(app.Services, id, issued, Chosen);
        Assert.True(changed.Succeeded, changed.Describe());
        Assert.False(await MustChangeAsync(app.Services, id));
    }

    [Fact]
    public async Task An_administrator_the_Admin_created_with_a_password_must_change_it()
    {
        await using var app = await TestApp.CreateAsync();

        var id = (await UserAdminServiceTests.CreateAsync(app, UserAdminServiceTests.Form("ops", Roles.Admin))).Value!;

        Assert.True(await MustChangeAsync(app.Services, id));
    }

    [Fact]
    public async Task The_first_administrator_from_the_bootstrap_settings_must_change_the_configured_password_at_first_sign_in()
    {
        await using var factory = new AppFactory(Environments.Production, new Dictionary<string, string?>
        {
            ["Bootstrap:AdminUser"] = "root",
            ["Bootstrap:AdminPassword"] = "Str0ng!Passw0rd",
        });
        var client = factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true, BaseAddress = new Uri("https://localhost") });

        Assert.Equal(HttpStatusCode.Redirect, (await SignInForm.PostAsync(client, "root", "Str0ng!Passw0rd")).StatusCode);

        var home = await client.GetAsync("/", Ct);
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        Assert.Equal(PasswordChangeRequirement.PasswordPath, home.Headers.Location?.OriginalString);
        string id;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<CurrentUser>().UseSystem();
            id = (await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByNameAsync("root"))!.Id;
        }

        Assert.True(await MustChangeAsync(factory.Services, id));
    }

    [Fact]
    public async Task A_refused_change_keeps_the_requirement()
    {
        await using var app = await TestApp.CreateAsync();
        var id = (await UserAdminServiceTests.CreateApprovedAsync(app, UserAdminServiceTests.Form("zhangsan", Roles.Supervisor))).Value!;
        var issued = await ResetApprovedAsync(app, id);

        var refused = await ChangeAsync(app.Services, id, "Guess#2027", Chosen);

        Assert.Equal("当前密码不正确", refused.For(nameof(PasswordChangeForm.CurrentPassword)));
        Assert.True(await MustChangeAsync(app.Services, id));
        Assert.NotNull(issued);
    }

    [Fact]
    public async Task Over_HTTP_a_reset_user_reaches_only_the_change_password_page_until_it_changes_the_password_and_demo_users_are_not_held()
    {
        await using var factory = new AppFactory(Environments.Development);
        var client = SignInForm.Client(factory);
        string id;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<CurrentUser>().UseSystem();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var unit1 = (await users.FindByNameAsync("unit1"))!;
            id = unit1.Id;
            Assert.True((await UserAdminService.SetPasswordAsync(users, unit1, "Reset#2026x")).Succeeded);
        }

        Assert.Equal(HttpStatusCode.Redirect, (await SignInForm.PostAsync(client, "unit1", "Reset#2026x")).StatusCode);

        var home = await client.GetAsync("/", Ct);
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        Assert.Equal(PasswordChangeRequirement.PasswordPath, home.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/rectifications/1/evidence", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(PasswordChangeRequirement.PasswordPath, Ct)).StatusCode);

        Assert.True((await ChangeAsync(factory.Services, id, "Reset#2026x", Chosen)).Succeeded);
        var again = SignInForm.Client(factory);
        Assert.Equal(HttpStatusCode.Redirect, (await SignInForm.PostAsync(again, "unit1", Chosen)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await again.GetAsync("/", Ct)).StatusCode);

        // The demo's users were seeded with a chosen password.
        var county = SignInForm.Client(factory);
        Assert.Equal(HttpStatusCode.Redirect, (await SignInForm.PostAsync(county, "county", "Demo@2026")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await county.GetAsync("/", Ct)).StatusCode);
    }

    /// <summary>What the signed-in principal of the user says: the sign-in puts the requirement into it.</summary>
    private static async Task<bool> MustChangeAsync(IServiceProvider services, string userId) =>
        PasswordChangeRequirement.Applies(await PrincipalAsync(services, userId));

    private static async Task<ClaimsPrincipal> PrincipalAsync(IServiceProvider services, string userId)
    {
        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().UseSystem();
        var user = (await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByIdAsync(userId))!;
        return await UserAdminServiceTests.SignInManagerIn(scope.ServiceProvider).CreateUserPrincipalAsync(user);
    }

    private static async Task<VendorManager.Web.Features.Shared.Result> ChangeAsync(IServiceProvider services, string userId, string current, string chosen)
    {
        var principal = await PrincipalAsync(services, userId);
        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().Set(principal);
        return await scope.ServiceProvider.GetRequiredService<PasswordChangeService>()
            .ChangeAsync(new() { CurrentPassword = current, NewPassword = chosen, ConfirmPassword = chosen }, Ct);
    }

    /// <summary>The Admin asks for a reset and the role's approver approves it; returns the password the approver hands over.</summary>
    private static async Task<string> ResetApprovedAsync(TestApp app, string userId)
    {
        await using (var scope = app.ScopeFor(TestUsers.Admin))
        {
            var requested = await scope.ServiceProvider.GetRequiredService<UserAdminService>().RequestPasswordResetAsync(userId, Ct);
            Assert.True(requested.Succeeded, requested.Describe());
        }

        GrantRequest grant;
        await using (var db = app.CreateDbContext(UserScope.System))
        {
            grant = await db.GrantRequests.AsNoTracking().SingleAsync(g => g.UserId == userId && g.Status == GrantStatus.Pending, Ct);
        }

        await using var approver = app.ScopeFor(GrantApproval.ApproverOf(grant.Role));
        var approved = await approver.ServiceProvider.GetRequiredService<GrantService>().ApproveAsync(grant.Id, grant.Version, Ct);
        Assert.True(approved.Succeeded, approved.Describe());
        return approved.Value!;
    }
}
