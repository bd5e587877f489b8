using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using VendorManager.Domain.Agencies;
using VendorManager.Domain.Common;
using VendorManager.Domain.HostUnits;
using VendorManager.Persistence.Identity;
using VendorManager.Web.Features.Home;
using VendorManager.Web.Features.Shared;
using VendorManager.Web.Features.Users;
using VendorManager.Web.Security;
using VendorManager.Web.Tests.Features.Grants;
using VendorManager.Web.Tests.Infrastructure;

namespace VendorManager.Web.Tests.Features.Users;

public sealed class UserAdminServiceTests
{
    private const string GoodPassword = "Vendor@2026";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Create_makes_a_host_unit_user_who_can_sign_in_with_the_unit_in_their_claims_once_a_supervisor_approves()
    {
        await using var app = await TestApp.CreateAsync();
        var unitId = await AddUnitAsync(app);

        var result = await CreateAsync(app, Form("zhangsan", Roles.HostUnit, hostUnitId: unitId));

        Assert.True(result.Succeeded, result.Describe());
        await using (var before = app.SystemScope())
        {
            var pending = await before.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByNameAsync("zhangsan");
            Assert.NotNull(pending);
            Assert.Equal(result.Value, pending.Id);
            Assert.True((await SignInManagerIn(before.ServiceProvider).CheckPasswordSignInAsync(pending, GoodPassword, lockoutOnFailure: true)).IsNotAllowed);
            Assert.Equal(Roles.HostUnit, (await ListAsync(app)).Single().PendingRole);
        }

        await GrantApproval.ApproveAllAsync(app.Services);

        await using var scope = app.SystemScope();
        var signIn = SignInManagerIn(scope.ServiceProvider);
        var user = (await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByNameAsync("zhangsan"))!;
        Assert.True((await signIn.CheckPasswordSignInAsync(user, GoodPassword, lockoutOnFailure: true)).Succeeded);
        var principal = await signIn.CreateUserPrincipalAsync(user);
        Assert.Equal(Roles.HostUnit, principal.FindFirstValue(ClaimTypes.Role));
        Assert.Equal(unitId.ToString(System.Globalization.CultureInfo.InvariantCulture), principal.FindFirstValue(AppClaims.HostUnitId));
        Assert.Equal(unitId, CurrentUser.ScopeOf(principal).HostUnitId);
    }

    [Fact]
    public async Task Create_refuses_a_host_unit_user_without_a_unit_and_saves_nothing()
    {
        await using var app = await TestApp.CreateAsync();

        var result = await CreateAsync(app, Form("zhangsan", Roles.HostUnit));

        Assert.Equal("主办单位用户须选择所属主办单位", result.For(nameof(UserForm.HostUnitId)));
        await AssertNoUsersAsync(app);
    }

    [Fact]
    public async Task Create_refuses_an_agency_for_a_supervisor_and_saves_nothing()
    {
        await using var app = await TestApp.CreateAsync();
        var agencyId = await AddAgencyAsync(app);

        var result = await CreateAsync(app, Form("county2", Roles.Supervisor, agencyId: agencyId));

        Assert.Equal("该角色不能绑定代运营机构", result.For(nameof(UserForm.AgencyId)));
        await AssertNoUsersAsync(app);
    }

    [Fact]
    public async Task Create_refuses_an_agency_user_without_an_agency_and_a_unknown_unit()
    {
        await using var app = await TestApp.CreateAsync();

        var noAgency = await CreateAsync(app, Form("agent", Roles.Agency));
        var unknownUnit = await CreateAsync(app, Form("finance2", Roles.Finance, hostUnitId: 4242));

        Assert.Equal("代运营机构用户须选择所属机构", noAgency.For(nameof(UserForm.AgencyId)));
        Assert.Equal("所选主办单位不存在", unknownUnit.For(nameof(UserForm.HostUnitId)));
        await AssertNoUsersAsync(app);
    }

    [Theory]
    [InlineData("Ab1@", "密码至少需要 8 位")]
    [InlineData("vendor@2026", "密码须包含至少一个大写字母")]
    [InlineData("Vendor2026", "密码须包含至少一个特殊字符（如 @ # !）")]
    public async Task Create_refuses_a_weak_password_beside_the_password_and_saves_nothing(string password, string message)
    {
        await using var app = await TestApp.CreateAsync();

        var form = Form("zhangsan", Roles.Admin);
        form.Password = password;
        var result = await CreateAsync(app, form);

        Assert.Equal(message, result.For(nameof(UserForm.Password)));
        await AssertNoUsersAsync(app);
    }

    [Fact]
    public async Task Create_refuses_a_duplicate_user_name_and_saves_nothing_more()
    {
        await using var app = await TestApp.CreateAsync();
        Assert.True((await CreateAsync(app, Form("zhangsan", Roles.Supervisor))).Succeeded);

        var result = await CreateAsync(app, Form("ZhangSan", Roles.Procurement));

        Assert.Equal("用户名已存在", result.For(nameof(UserForm.UserName)));
        await using var db = app.CreateDbContext(UserScope.System);
        Assert.Equal(1, await db.Users.CountAsync(Ct));
        Assert.Equal(1, await db.GrantRequests.CountAsync(Ct));
    }

    [Fact]
    public async Task Create_refuses_a_user_name_with_spaces_or_other_characters()
    {
        await using var app = await TestApp.CreateAsync();

        var result = await CreateAsync(app, Form("张 三", Roles.Supervisor));

        Assert.Equal("用户名只能包含字母、数字和 - . _ @", result.For(nameof(UserForm.UserName)));
        await AssertNoUsersAsync(app);
    }

    [Fact]
    public async Task Five_failed_sign_ins_lock_the_account_and_unlock_lets_the_user_in_again()
    {
        await using var app = await TestApp.CreateAsync();
        var id = (await CreateApprovedAsync(app, Form("zhangsan", Roles.Supervisor))).Value!;

        await using (var scope = app.SystemScope())
        {
            var signIn = SignInManagerIn(scope.ServiceProvider);
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var user = (await users.FindByIdAsync(id))!;
            SignInResult last = SignInResult.Failed;
            for (var attempt = 0; attempt < 5; attempt++)
            {
                last = await signIn.CheckPasswordSignInAsync(user, "Wrong@2026", lockoutOnFailure: true);
            }

            Assert.True(last.IsLockedOut);
            Assert.True((await signIn.CheckPasswordSignInAsync(user, GoodPassword, lockoutOnFailure: true)).IsLockedOut);
        }

        Assert.True((await ListAsync(app)).Single().IsLockedOut);

        await using (var admin = app.ScopeFor(TestUsers.Admin))
        {
            var unlocked = await admin.ServiceProvider.GetRequiredService<UserAdminService>().UnlockAsync(id, Ct);
            Assert.True(unlocked.Succeeded, unlocked.Describe());
        }

        await using (var scope = app.SystemScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var user = (await users.FindByIdAsync(id))!;
            Assert.Equal(0, user.AccessFailedCount);
            var signIn = SignInManagerIn(scope.ServiceProvider);
            Assert.True((await signIn.CheckPasswordSignInAsync(user, GoodPassword, lockoutOnFailure: true)).Succeeded);
        }

        Assert.False((await ListAsync(app)).Single().IsLockedOut);
    }

    [Fact]
    public async Task Lock_ends_open_sessions_by_changing_the_security_stamp_and_keeps_the_user_out()
    {
        await using var app = await TestApp.CreateAsync();
        var id = (await CreateApprovedAsync(app, Form("zhangsan", Roles.Supervisor))).Value!;
        var stampBefore = await StampOfAsync(app, id);

        await using (var admin = app.ScopeFor(TestUsers.Admin))
        {
            var locked = await admin.ServiceProvider.GetRequiredService<UserAdminService>().LockAsync(id, Ct);
            Assert.True(locked.Succeeded, locked.Describe());
        }

        Assert.NotEqual(stampBefore, await StampOfAsync(app, id));
        await using var scope = app.SystemScope();
        var signIn = SignInManagerIn(scope.ServiceProvider);
        var user = (await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByIdAsync(id))!;
        Assert.True((await signIn.CheckPasswordSignInAsync(user, GoodPassword, lockoutOnFailure: true)).IsLockedOut);
        var row = (await ListAsync(app)).Single();
        Assert.True(row.IsLockedByAdmin);
    }

    [Fact]
    public async Task An_admin_cannot_lock_their_own_account()
    {
        await using var app = await TestApp.CreateAsync();
        var admin = TestUsers.Admin;

        await using var scope = app.ScopeFor(admin);
        var result = await scope.ServiceProvider.GetRequiredService<UserAdminService>()
            .LockAsync(admin.FindFirstValue(ClaimTypes.NameIdentifier)!, Ct);

        Assert.Equal("不能锁定自己的账户", result.Error);
    }

    [Fact]
    public async Task Only_the_admin_may_list_create_or_lock_users()
    {
        await using var app = await TestApp.CreateAsync();
        var id = (await CreateAsync(app, Form("zhangsan", Roles.Procurement))).Value!;

        foreach (var someone in new[] { TestUsers.Supervisor, TestUsers.Auditor, TestUsers.HostUnit(1) })
        {
            await using var scope = app.ScopeFor(someone);
            var service = scope.ServiceProvider.GetRequiredService<UserAdminService>();
            Assert.Equal("您无权执行此操作。", (await service.ListAsync(new PageRequest(0, 10), Ct)).Error);
            Assert.Equal("您无权执行此操作。", (await service.CreateAsync(Form("other", Roles.Admin), Ct)).Error);
            Assert.Equal("您无权执行此操作。", (await service.LockAsync(id, Ct)).Error);
            Assert.Equal("您无权执行此操作。", (await service.ResetPasswordAsync(id, "Other@2026", Ct)).Error);
        }

        await using var db = app.CreateDbContext(UserScope.System);
        Assert.Equal(["zhangsan"], await db.Users.Select(u => u.UserName!).ToListAsync(Ct));
        Assert.Null((await db.Users.SingleAsync(Ct)).LockoutEnd);
    }

    [Fact]
    public async Task The_admins_home_page_lists_locked_accounts()
    {
        await using var app = await TestApp.CreateAsync();
        var id = (await CreateAsync(app, Form("zhangsan", Roles.Supervisor))).Value!;
        await CreateAsync(app, Form("lisi", Roles.Procurement));
        Assert.DoesNotContain(await PendingWorkAsync(app, TestUsers.Admin), i => i.Href == "/admin/users");

        await using (var admin = app.ScopeFor(TestUsers.Admin))
        {
            await admin.ServiceProvider.GetRequiredService<UserAdminService>().LockAsync(id, Ct);
        }

        var item = Assert.Single(await PendingWorkAsync(app, TestUsers.Admin), i => i.Href == "/admin/users");
        Assert.Equal("1 个账户已锁定", item.Text);
        Assert.DoesNotContain(await PendingWorkAsync(app, TestUsers.Supervisor), i => i.Href == "/admin/users");
    }

    [Fact]
    public async Task Update_of_role_and_binding_waits_for_approval_then_applies_both_and_ends_the_users_sessions()
    {
        await using var app = await TestApp.CreateAsync();
        var unitId = await AddUnitAsync(app);
        var id = (await CreateApprovedAsync(app, Form("zhangsan", Roles.Finance))).Value!;
        var stampBefore = await StampOfAsync(app, id);

        await using (var scope = app.ScopeFor(TestUsers.Admin))
        {
            var service = scope.ServiceProvider.GetRequiredService<UserAdminService>();
            var form = (await service.GetAsync(id, Ct)).Value!;
            form.DisplayName = "张三（主办）";
            form.Role = Roles.HostUnit;
            form.HostUnitId = unitId;
            var result = await service.UpdateAsync(id, form, Ct);
            Assert.Equal(UserChange.AwaitsApproval, result.Value);
            form.Role = Roles.Supervisor;
            form.HostUnitId = null;
            Assert.Equal("该用户已有待审批的授权申请，请在审批后再更改角色或所属单位", (await service.UpdateAsync(id, form, Ct)).For(nameof(UserForm.Role)));
        }

        var pending = (await ListAsync(app)).Single();
        Assert.Equal(("张三（主办）", Roles.Finance, (string?)null, Roles.HostUnit), (pending.DisplayName, pending.Role, pending.UnitOrAgency, pending.PendingRole));
        Assert.Equal(stampBefore, await StampOfAsync(app, id));

        await GrantApproval.ApproveAllAsync(app.Services);

        var row = (await ListAsync(app)).Single();
        Assert.Equal(("张三（主办）", Roles.HostUnit, "城关镇人民政府", (string?)null), (row.DisplayName, row.Role, row.UnitOrAgency, row.PendingRole));
        Assert.NotEqual(stampBefore, await StampOfAsync(app, id));
        await using var db = app.CreateDbContext(UserScope.System);
        Assert.Equal(1, await db.UserRoles.CountAsync(Ct));
    }

    [Fact]
    public async Task The_admin_marks_a_unit_user_as_the_units_head_for_the_final_review_at_once_and_in_the_audit_log_but_no_other_role()
    {
        await using var app = await TestApp.CreateAsync();
        var unitId = await AddUnitAsync(app);
        var head = (await CreateApprovedAsync(app, Form("wangshuji", Roles.HostUnit, hostUnitId: unitId))).Value!;
        var finance = (await CreateApprovedAsync(app, Form("zhangsan", Roles.Finance))).Value!;

        await using (var scope = app.ScopeFor(TestUsers.Admin))
        {
            var service = scope.ServiceProvider.GetRequiredService<UserAdminService>();
            foreach (var id in new[] { head, finance })
            {
                var form = (await service.GetAsync(id, Ct)).Value!;
                form.IsUnitHead = true;
                Assert.Equal(UserChange.Saved, (await service.UpdateAsync(id, form, Ct)).Value);
            }
        }

        await using var db = app.CreateDbContext(UserScope.System);
        Assert.Equal(["wangshuji"], await db.Users.Where(u => u.IsUnitHead).Select(u => u.UserName).ToListAsync(Ct));
        Assert.True(await db.AuditEntries.AnyAsync(e => e.EntityType == nameof(AppUser) && e.EntityKey == head && e.Changes.Contains(nameof(AppUser.IsUnitHead)), Ct));
    }

    [Fact]
    public async Task Update_over_someone_elses_newer_edit_is_refused_with_the_concurrency_message()
    {
        await using var app = await TestApp.CreateAsync();
        var id = (await CreateAsync(app, Form("zhangsan", Roles.Supervisor))).Value!;
        await using var scope = app.ScopeFor(TestUsers.Admin);
        var service = scope.ServiceProvider.GetRequiredService<UserAdminService>();
        var mine = (await service.GetAsync(id, Ct)).Value!;
        var theirs = (await service.GetAsync(id, Ct)).Value!;
        theirs.DisplayName = "张三丰";
        Assert.True((await service.UpdateAsync(id, theirs, Ct)).Succeeded);

        mine.DisplayName = "张小三";
        var result = await service.UpdateAsync(id, mine, Ct);

        Assert.Equal("该记录已被他人修改，请刷新后重新编辑。", result.Error);
        Assert.Equal("张三丰", (await ListAsync(app)).Single().DisplayName);
    }

    [Fact]
    public async Task An_admin_cannot_change_their_own_role()
    {
        await using var app = await TestApp.CreateAsync();
        var id = (await CreateApprovedAsync(app, Form("admin2", Roles.Admin))).Value!;
        var self = TestUsers.Principal(Roles.Admin, userName: "admin2");
        var claims = self.Claims.Where(c => c.Type != ClaimTypes.NameIdentifier).Append(new Claim(ClaimTypes.NameIdentifier, id));
        await using var scope = app.ScopeFor(new ClaimsPrincipal(new ClaimsIdentity(claims, "Test")));
        var service = scope.ServiceProvider.GetRequiredService<UserAdminService>();
        var form = (await service.GetAsync(id, Ct)).Value!;
        form.Role = Roles.Supervisor;

        var result = await service.UpdateAsync(id, form, Ct);

        Assert.Equal("不能更改自己的角色", result.For(nameof(UserForm.Role)));
        Assert.Equal(Roles.Admin, (await ListAsync(app)).Single().Role);
    }

    [Fact]
    public async Task Reset_password_of_an_admin_applies_the_policy_then_replaces_the_password_and_ends_sessions()
    {
        await using var app = await TestApp.CreateAsync();
        var id = (await CreateApprovedAsync(app, Form("admin2", Roles.Admin))).Value!;
        var stampBefore = await StampOfAsync(app, id);
        await using (var admin = app.ScopeFor(TestUsers.Admin))
        {
            var service = admin.ServiceProvider.GetRequiredService<UserAdminService>();
            var weak = await service.ResetPasswordAsync(id, "password", Ct);
            Assert.Equal("密码须包含至少一个特殊字符（如 @ # !）", weak.For(nameof(ResetPasswordForm.Password)));
            Assert.Equal(stampBefore, await StampOfAsync(app, id));

            var reset = await service.ResetPasswordAsync(id, "Renewed#2027", Ct);
            Assert.True(reset.Succeeded, reset.Describe());
        }

        Assert.NotEqual(stampBefore, await StampOfAsync(app, id));
        await using var scope = app.SystemScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = (await users.FindByIdAsync(id))!;
        Assert.False(await users.CheckPasswordAsync(user, GoodPassword));
        Assert.True(await users.CheckPasswordAsync(user, "Renewed#2027"));
    }

    [Fact]
    public async Task The_admin_s_reset_of_a_supervisor_s_password_does_not_let_the_admin_sign_in_as_the_supervisor()
    {
        await using var app = await TestApp.CreateAsync();
        var id = (await CreateApprovedAsync(app, Form("zhangsan", Roles.Supervisor))).Value!;
        var stampBefore = await StampOfAsync(app, id);

        await using (var admin = app.ScopeFor(TestUsers.Admin))
        {
            var reset = await admin.ServiceProvider.GetRequiredService<UserAdminService>().ResetPasswordAsync(id, "Known#2027", Ct);
            Refused.Because(reset, "系统管理员只能直接重置系统管理员的密码；其他用户的密码重置须提交申请，由其角色的审批人批准");
        }

        await using var scope = app.SystemScope();
        var signIn = SignInManagerIn(scope.ServiceProvider);
        var user = (await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByIdAsync(id))!;
        Assert.False((await signIn.CheckPasswordSignInAsync(user, "Known#2027", lockoutOnFailure: false)).Succeeded);
        Assert.True((await signIn.CheckPasswordSignInAsync(user, GoodPassword, lockoutOnFailure: false)).Succeeded);
        Assert.Equal(stampBefore, await StampOfAsync(app, id));
    }

    [Fact]
    public async Task List_pages_searches_by_user_or_display_name_and_sorts()
    {
        await using var app = await TestApp.CreateAsync();
        var agencyId = await AddAgencyAsync(app);
        await CreateAsync(app, Form("wangwu", Roles.Agency, agencyId: agencyId, displayName: "王五"));
        await CreateAsync(app, Form("lisi", Roles.Finance, displayName: "李四"));
        await CreateAsync(app, Form("zhangsan", Roles.Supervisor, displayName: "张三"));
        await GrantApproval.ApproveAllAsync(app.Services);

        var firstPage = await ListAsync(app, new PageRequest(0, 2, nameof(UserRow.UserName)));
        var byDisplayName = await ListAsync(app, new PageRequest(0, 10, Search: "王五"));
        var byUserName = await ListAsync(app, new PageRequest(0, 10, Search: "ZHANG"));
        var descending = await ListAsync(app, new PageRequest(0, 10, nameof(UserRow.UserName), Descending: true));

        Assert.Equal(["lisi", "wangwu"], firstPage.Select(r => r.UserName));
        var agent = Assert.Single(byDisplayName);
        Assert.Equal(("wangwu", Roles.Agency, "杭州清风网络传媒有限公司"), (agent.UserName, agent.Role, agent.UnitOrAgency));
        Assert.Equal("zhangsan", Assert.Single(byUserName).UserName);
        Assert.Equal(["zhangsan", "wangwu", "lisi"], descending.Select(r => r.UserName));
    }

    [Fact]
    public async Task Update_over_a_form_someone_else_saved_first_is_refused_as_a_concurrent_edit_and_changes_nothing()
    {
        await using var app = await TestApp.CreateAsync();
        var unitId = await AddUnitAsync(app);
        var id = (await CreateApprovedAsync(app, Form("zhangsan", Roles.Supervisor))).Value!;
        await using var scope = app.ScopeFor(TestUsers.Admin);
        var service = scope.ServiceProvider.GetRequiredService<UserAdminService>();
        var mine = (await service.GetAsync(id, Ct)).Value!;
        var theirs = (await service.GetAsync(id, Ct)).Value!;
        theirs.DisplayName = "张三";
        Assert.True((await service.UpdateAsync(id, theirs, Ct)).Succeeded);
        var stamp = await StampOfAsync(app, id);

        mine.DisplayName = "张叁";
        mine.Role = Roles.HostUnit;
        mine.HostUnitId = unitId;
        var refused = await service.UpdateAsync(id, mine, Ct);

        Assert.Equal("该记录已被他人修改，请刷新后重新编辑。", refused.Error);
        var row = (await ListAsync(app)).Single(r => r.Id == id);
        Assert.Equal(("张三", Roles.Supervisor, (string?)null), (row.DisplayName, row.Role, row.UnitOrAgency));
        Assert.Equal(stamp, await StampOfAsync(app, id));
    }

    [Fact]
    public async Task Creating_editing_locking_or_resetting_while_another_writer_holds_the_database_is_refused_as_busy_and_saves_nothing()
    {
        await using var app = await TestApp.CreateAsync(new Dictionary<string, string?> { ["Database:CommandTimeoutSeconds"] = "1" });
        // An Admin: the only account whose password the Admin sets itself.
        var id = (await CreateApprovedAsync(app, Form("zhangsan", Roles.Admin))).Value!;
        await using var scope = app.ScopeFor(TestUsers.Admin);
        var service = scope.ServiceProvider.GetRequiredService<UserAdminService>();
        var form = (await service.GetAsync(id, Ct)).Value!;
        form.DisplayName = "张三";
        var stamp = await StampOfAsync(app, id);

        await using (await DatabaseLock.HoldTableAsync(app.Database, "AspNetUsers"))
        {
            Assert.Equal(Busy, (await service.CreateAsync(Form("lisi", Roles.Finance), Ct)).Error);
            Assert.Equal(Busy, (await service.UpdateAsync(id, form, Ct)).Error);
            Assert.Equal(Busy, (await service.LockAsync(id, Ct)).Error);
            Assert.Equal(Busy, (await service.ResetPasswordAsync(id, "Renewed#2027", Ct)).Error);
        }

        var row = Assert.Single(await ListAsync(app));
        Assert.Equal(("zhangsan", false), (row.DisplayName, row.IsLockedOut));
        Assert.Equal(stamp, await StampOfAsync(app, id));
        Assert.True((await service.UpdateAsync(id, form, Ct)).Succeeded);
        Assert.True((await service.CreateAsync(Form("lisi", Roles.Finance), Ct)).Succeeded);
        Assert.Equal(["张三", "lisi"], (await ListAsync(app)).OrderByDescending(r => r.UserName).Select(r => r.DisplayName));
    }

    private const string Busy = DatabaseLock.BusyMessage;

    internal static UserForm Form(
        string userName, string role, int? hostUnitId = null, int? agencyId = null, string? displayName = null) => new()
        {
            UserName = userName,
            DisplayName = displayName ?? userName,
            Role = role,
            HostUnitId = hostUnitId,
            AgencyId = agencyId,
            Password = GoodPassword,
        };

    internal static async Task<Result<string>> CreateAsync(TestApp app, UserForm form)
    {
        await using var scope = app.ScopeFor(TestUsers.Admin);
        return await scope.ServiceProvider.GetRequiredService<UserAdminService>().CreateAsync(form, Ct);
    }

    /// <summary>Creates the user and has its role approved, for tests of what the user then does.</summary>
    internal static async Task<Result<string>> CreateApprovedAsync(TestApp app, UserForm form)
    {
        var created = await CreateAsync(app, form);
        await GrantApproval.ApproveAllAsync(app.Services);
        return created;
    }

    private static async Task<IReadOnlyList<UserRow>> ListAsync(TestApp app, PageRequest? request = null)
    {
        await using var scope = app.ScopeFor(TestUsers.Admin);
        var result = await scope.ServiceProvider.GetRequiredService<UserAdminService>().ListAsync(request ?? new PageRequest(0, 50), Ct);
        Assert.True(result.Succeeded, result.Describe());
        return result.Value!.Items;
    }

    private static async Task<IReadOnlyList<PendingWorkItem>> PendingWorkAsync(TestApp app, ClaimsPrincipal user)
    {
        await using var scope = app.ScopeFor(user);
        return await scope.ServiceProvider.GetRequiredService<HomeService>().GetPendingWorkAsync(Ct);
    }

    /// <summary>
    /// The app's SignInManager in a scope of the test container. The container has no
    /// authentication handlers (those come with the HTTP pipeline), which the password check never uses.
    /// </summary>
    internal static SignInManager<AppUser> SignInManagerIn(IServiceProvider services) =>
        ActivatorUtilities.CreateInstance<SignInManager<AppUser>>(
            services, new AuthenticationSchemeProvider(Options.Create(new AuthenticationOptions())));

    private static async Task<string?> StampOfAsync(TestApp app, string id)
    {
        await using var db = app.CreateDbContext(UserScope.System);
        return await db.Users.Where(u => u.Id == id).Select(u => u.SecurityStamp).SingleAsync(Ct);
    }

    private static async Task AssertNoUsersAsync(TestApp app)
    {
        await using var db = app.CreateDbContext(UserScope.System);
        Assert.Equal(0, await db.Users.CountAsync(Ct));
        Assert.Equal(0, await db.UserRoles.CountAsync(Ct));
        Assert.Equal(0, await db.GrantRequests.CountAsync(Ct));
    }

    internal static async Task<int> AddUnitAsync(TestApp app)
    {
        await using var db = app.CreateDbContext(UserScope.System);
        var unit = new HostUnit("城关镇人民政府", HostUnitKind.Town, "TOWN-CG");
        db.HostUnits.Add(unit);
        await db.SaveChangesAsync(Ct);
        return unit.Id;
    }

    private static async Task<int> AddAgencyAsync(TestApp app)
    {
        await using var db = app.CreateDbContext(UserScope.System);
        var agency = new Agency("杭州清风网络传媒有限公司", "91330100MA2H0001XF");
        db.Agencies.Add(agency);
        await db.SaveChangesAsync(Ct);
        return agency.Id;
    }
}
