using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VendorManager.Domain.Common;
using VendorManager.Domain.Grants;
using VendorManager.Persistence.Identity;
using VendorManager.Web.Features.Audit;
using VendorManager.Web.Features.Grants;
using VendorManager.Web.Features.Home;
using VendorManager.Web.Features.Shared;
using VendorManager.Web.Tests.Features.Users;
using VendorManager.Web.Tests.Infrastructure;

namespace VendorManager.Web.Tests.Features.Grants;

public sealed class GrantServiceTests
{
    private const string Forbidden = "您无权执行此操作。";
    private const string OwnRequest = "不能审批自己提出的申请或授予自己的权限";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_auditor_the_admin_creates_cannot_sign_in_or_read_the_audit_log_until_an_auditor_approves()
    {
        await using var app = await TestApp.CreateAsync();
        var id = (await UserAdminServiceTests.CreateAsync(app, UserAdminServiceTests.Form("puppet", Roles.Auditor))).Value!;
        var grant = await GrantOfAsync(app, id);

        Assert.True((await SignInAsync(app, id)).IsNotAllowed);
        Assert.Equal(Forbidden, (await ReadAuditLogAsync(app, await PrincipalOfAsync(app, id))).Error);
        Assert.Equal(Forbidden, (await ApproveAsync(app, TestUsers.Admin, grant)).Error);
        Assert.Equal(Forbidden, (await ApproveAsync(app, TestUsers.Supervisor, grant)).Error);
        Assert.True((await SignInAsync(app, id)).IsNotAllowed);

        var approved = await ApproveAsync(app, TestUsers.Auditor, grant);

        Assert.True(approved.Succeeded, approved.Describe());
        // The password the Admin typed in the form was never set: the approver alone was shown the first one.
        Assert.False((await SignInAsync(app, id)).Succeeded);
        Assert.True((await SignInAsync(app, id, Assert.IsType<string>(approved.Value))).Succeeded);
        var principal = await PrincipalOfAsync(app, id);
        Assert.Equal(Roles.Auditor, principal.FindFirstValue(ClaimTypes.Role));
        Assert.True((await ReadAuditLogAsync(app, principal)).Succeeded);
    }

    [Fact]
    public async Task The_admin_cannot_approve_its_own_request_another_admin_can()
    {
        await using var app = await TestApp.CreateAsync();
        var id = (await UserAdminServiceTests.CreateAsync(app, UserAdminServiceTests.Form("admin2", Roles.Admin))).Value!;
        var grant = await GrantOfAsync(app, id);

        var own = await ApproveAsync(app, TestUsers.Admin, grant);

        Assert.Equal(OwnRequest, own.Error);
        Assert.Equal(GrantStatus.Pending, (await GrantOfAsync(app, id)).Status);
        Assert.True((await SignInAsync(app, id)).IsNotAllowed);

        var other = await ApproveAsync(app, TestUsers.Principal(Roles.Admin, userName: "admin-second"), grant);

        Assert.True(other.Succeeded, other.Describe());
        Assert.True((await SignInAsync(app, id)).Succeeded);
    }

    [Fact]
    public async Task Nobody_approves_a_grant_to_themselves()
    {
        await using var app = await TestApp.CreateAsync();
        var id = (await UserAdminServiceTests.CreateApprovedAsync(app, UserAdminServiceTests.Form("zhangsan", Roles.Supervisor))).Value!;
        var self = new ClaimsPrincipal(new ClaimsIdentity(
            TestUsers.Supervisor.Claims.Where(c => c.Type != ClaimTypes.NameIdentifier).Append(new Claim(ClaimTypes.NameIdentifier, id)), "Test"));
        await using (var admin = app.ScopeFor(TestUsers.Admin))
        {
            var users = admin.ServiceProvider.GetRequiredService<Web.Features.Users.UserAdminService>();
            var form = (await users.GetAsync(id, Ct)).Value!;
            form.Role = Roles.Finance;
            Assert.True((await users.UpdateAsync(id, form, Ct)).Succeeded);
        }

        var result = await ApproveAsync(app, self, await GrantOfAsync(app, id));

        Assert.Equal(OwnRequest, result.Error);
        Assert.Equal(GrantStatus.Pending, (await GrantOfAsync(app, id)).Status);
    }

    [Fact]
    public async Task An_account_the_admin_locked_is_unlocked_only_when_the_approver_of_its_role_approves()
    {
        await using var app = await TestApp.CreateAsync();
        var id = (await UserAdminServiceTests.CreateApprovedAsync(app, UserAdminServiceTests.Form("zhangsan", Roles.Finance))).Value!;
        await using (var admin = app.ScopeFor(TestUsers.Admin))
        {
            var users = admin.ServiceProvider.GetRequiredService<Web.Features.Users.UserAdminService>();
            Assert.True((await users.LockAsync(id, Ct)).Succeeded);
            Assert.Equal(Web.Features.Users.UserChange.AwaitsApproval, (await users.UnlockAsync(id, Ct)).Value);
        }

        var unlock = await GrantOfAsync(app, id);
        Assert.Equal((GrantKind.Unlock, Roles.Finance), (unlock.Kind, unlock.Role));
        Assert.True((await SignInAsync(app, id)).IsLockedOut);
        Assert.Equal(Forbidden, (await ApproveAsync(app, TestUsers.Admin, unlock)).Error);

        var approved = await ApproveAsync(app, TestUsers.Supervisor, unlock);

        Assert.True(approved.Succeeded, approved.Describe());
        Assert.True((await SignInAsync(app, id)).Succeeded);
    }

    [Fact]
    public async Task A_password_reset_the_admin_asks_for_is_set_when_a_supervisor_approves_and_only_that_approver_learns_it()
    {
        await using var app = await TestApp.CreateAsync();
        var id = (await UserAdminServiceTests.CreateApprovedAsync(app, UserAdminServiceTests.Form("zhangsan", Roles.Supervisor))).Value!;
        await using (var admin = app.ScopeFor(TestUsers.Admin))
        {
            var requested = await admin.ServiceProvider.GetRequiredService<Web.Features.Users.UserAdminService>().RequestPasswordResetAsync(id, Ct);
            Assert.True(requested.Succeeded, requested.Describe());
        }

        var reset = await GrantOfAsync(app, id);
        Assert.Equal((GrantKind.PasswordReset, Roles.Supervisor), (reset.Kind, reset.Role));
        // Until approved the user keeps the password it has; the Admin and the user itself may not approve.
        Assert.True((await SignInAsync(app, id)).Succeeded);
        Refused.Because(await ApproveAsync(app, TestUsers.Admin, reset), Refused.Forbidden);
        Refused.Because(await ApproveAsync(app, await PrincipalOfAsync(app, id), reset), OwnRequest);

        var approved = await ApproveAsync(app, TestUsers.Supervisor, reset);

        Assert.True(approved.Succeeded, approved.Describe());
        var password = Assert.IsType<string>(approved.Value);
        Assert.False((await SignInAsync(app, id)).Succeeded);
        await using var scope = app.SystemScope();
        var user = (await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByIdAsync(id))!;
        Assert.True((await UserAdminServiceTests.SignInManagerIn(scope.ServiceProvider).CheckPasswordSignInAsync(user, password, lockoutOnFailure: false)).Succeeded);
    }

    [Fact]
    public async Task A_refusal_needs_a_reason_grants_nothing_and_closes_the_request()
    {
        await using var app = await TestApp.CreateAsync();
        var id = (await UserAdminServiceTests.CreateAsync(app, UserAdminServiceTests.Form("lisi", Roles.Procurement))).Value!;
        var grant = await GrantOfAsync(app, id);

        var withoutReason = await RefuseAsync(app, grant, "  ");
        var refused = await RefuseAsync(app, grant, "未经采购中心推荐");

        Assert.Equal("请填写拒绝理由（不超过 500 字）", withoutReason.For("Reason"));
        Assert.True(refused.Succeeded, refused.Describe());
        var closed = await GrantOfAsync(app, id);
        Assert.Equal((GrantStatus.Refused, "未经采购中心推荐", "supervisor"), (closed.Status, closed.Reason, closed.DecidedBy));
        Assert.True((await SignInAsync(app, id)).IsNotAllowed);
        Assert.Equal("该申请已处理，请刷新后查看", (await ApproveAsync(app, TestUsers.Supervisor, closed)).Error);
    }

    [Fact]
    public async Task Each_approver_sees_the_grants_its_role_decides_with_the_actions_it_may_take_and_on_its_home_page()
    {
        await using var app = await TestApp.CreateAsync();
        await UserAdminServiceTests.CreateAsync(app, UserAdminServiceTests.Form("lisi", Roles.Procurement));
        await UserAdminServiceTests.CreateAsync(app, UserAdminServiceTests.Form("audit2", Roles.Auditor));
        await UserAdminServiceTests.CreateAsync(app, UserAdminServiceTests.Form("admin2", Roles.Admin));

        var supervisor = await ListAsync(app, TestUsers.Supervisor);
        var auditor = await ListAsync(app, TestUsers.Auditor);
        var admin = await ListAsync(app, TestUsers.Admin);

        var business = Assert.Single(supervisor.Value!);
        Assert.Equal(("lisi", Roles.Procurement, "admin"), (business.TargetName, business.Role, business.RequestedBy));
        Assert.Equal([GrantAction.Approve, GrantAction.Refuse], business.Actions);
        Assert.Equal("audit2", Assert.Single(auditor.Value!).TargetName);
        // The Admin sees its own request for an Admin, with nothing it may do about it.
        Assert.Empty(Assert.Single(admin.Value!).Actions);
        Assert.Equal(Forbidden, (await ListAsync(app, TestUsers.Principal(Roles.Procurement))).Error);
        Assert.Equal("1 项授权申请待审批", Assert.Single(await PendingWorkAsync(app, TestUsers.Supervisor), i => i.Href == "/grants").Text);
        Assert.DoesNotContain(await PendingWorkAsync(app, TestUsers.Admin), i => i.Href == "/grants");
    }

    /// <summary>The user's newest grant request.</summary>
    internal static async Task<GrantRequest> GrantOfAsync(TestApp app, string userId)
    {
        await using var db = app.CreateDbContext(UserScope.System);
        return await db.GrantRequests.AsNoTracking().Where(g => g.UserId == userId).OrderByDescending(g => g.Id).FirstAsync(Ct);
    }

    private static async Task<Result<string?>> ApproveAsync(TestApp app, ClaimsPrincipal approver, GrantRequest grant)
    {
        await using var scope = app.ScopeFor(approver);
        return await scope.ServiceProvider.GetRequiredService<GrantService>().ApproveAsync(grant.Id, grant.Version, Ct);
    }

    private static async Task<Result> RefuseAsync(TestApp app, GrantRequest grant, string reason)
    {
        await using var scope = app.ScopeFor(TestUsers.Supervisor);
        return await scope.ServiceProvider.GetRequiredService<GrantService>().RefuseAsync(grant.Id, grant.Version, reason, Ct);
    }

    private static async Task<Result<IReadOnlyList<GrantRow>>> ListAsync(TestApp app, ClaimsPrincipal user)
    {
        await using var scope = app.ScopeFor(user);
        return await scope.ServiceProvider.GetRequiredService<GrantService>().ListAsync(Ct);
    }

    private static async Task<IReadOnlyList<PendingWorkItem>> PendingWorkAsync(TestApp app, ClaimsPrincipal user)
    {
        await using var scope = app.ScopeFor(user);
        return await scope.ServiceProvider.GetRequiredService<HomeService>().GetPendingWorkAsync(Ct);
    }

    private static async Task<Result> ReadAuditLogAsync(TestApp app, ClaimsPrincipal user)
    {
        await using var scope = app.ScopeFor(user);
        return await scope.ServiceProvider.GetRequiredService<AuditService>().ListAsync(new AuditFilter(), new PageRequest(0, 10), Ct);
    }

    /// <summary>The password check of the sign-in page, with the password the test users are created with.</summary>
    private static async Task<SignInResult> SignInAsync(TestApp app, string userId, string password = GrantApproval.ChosenPassword)
    {
        await using var scope = app.SystemScope();
        var user = (await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByIdAsync(userId))!;
        return await UserAdminServiceTests.SignInManagerIn(scope.ServiceProvider).CheckPasswordSignInAsync(user, password, lockoutOnFailure: true);
    }

    /// <summary>The claims a session of the user would carry, as the sign-in makes them.</summary>
    private static async Task<ClaimsPrincipal> PrincipalOfAsync(TestApp app, string userId)
    {
        await using var scope = app.SystemScope();
        var user = (await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByIdAsync(userId))!;
        return await UserAdminServiceTests.SignInManagerIn(scope.ServiceProvider).CreateUserPrincipalAsync(user);
    }
}
