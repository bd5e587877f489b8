using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VendorManager.Domain.Common;
using VendorManager.Domain.Grants;
using VendorManager.Persistence.Identity;
using VendorManager.Web.Features.Grants;
using VendorManager.Web.Tests.Features.Users;
using VendorManager.Web.Tests.Infrastructure;

namespace VendorManager.Web.Tests.Features.Grants;

/// <summary>The operator's approve-grant: the documented bootstrap for a grant nobody in the app can decide (decision 0015).</summary>
public sealed class GrantBootstrapTests
{
    private const string Operator = "operator:ops";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_second_admin_the_only_admin_asked_for_is_approved_by_the_operator_and_audited_under_the_operator_s_name()
    {
        await using var app = await TestApp.CreateAsync();
        var id = (await UserAdminServiceTests.CreateAsync(app, UserAdminServiceTests.Form("admin2", Roles.Admin))).Value!;
        var grant = await GrantServiceTests.GrantOfAsync(app, id);

        var approved = await ActivatorUtilities.CreateInstance<GrantBootstrap>(app.Services).ApproveAsync(grant.Id, Operator, Ct);

        Assert.True(approved.Succeeded, approved.Describe());
        await using var scope = app.SystemScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        Assert.Equal([Roles.Admin], await users.GetRolesAsync((await users.FindByIdAsync(id))!));
        var decided = await GrantServiceTests.GrantOfAsync(app, id);
        Assert.Equal((GrantStatus.Approved, Operator), (decided.Status, decided.DecidedBy));
        await using var db = app.CreateDbContext(UserScope.System);
        var decision = await db.AuditEntries.Where(e => e.EntityType == nameof(GrantRequest) && e.Action == Domain.Auditing.AuditAction.Update)
            .OrderByDescending(e => e.Sequence).FirstAsync(Ct);
        Assert.Equal(Operator, decision.UserName);
    }

    [Fact]
    public async Task The_operator_may_not_approve_a_grant_a_user_of_the_app_can_decide()
    {
        await using var app = await TestApp.CreateAsync();
        await UserAdminServiceTests.CreateApprovedAsync(app, UserAdminServiceTests.Form("county", Roles.Supervisor));
        var id = (await UserAdminServiceTests.CreateAsync(app, UserAdminServiceTests.Form("lisi", Roles.Procurement))).Value!;
        var grant = await GrantServiceTests.GrantOfAsync(app, id);

        var refused = await ActivatorUtilities.CreateInstance<GrantBootstrap>(app.Services).ApproveAsync(grant.Id, Operator, Ct);

        Refused.Because(refused, $"A user of the role Supervisor can decide grant {grant.Id} in the app (/grants).");
        Assert.Equal(GrantStatus.Pending, (await GrantServiceTests.GrantOfAsync(app, id)).Status);
    }
}
