using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VendorManager.Domain.Common;
using VendorManager.Domain.Evaluations;
using VendorManager.Persistence.Identity;
using VendorManager.Persistence.Notifications;
using VendorManager.Web.Features.Evaluations;
using VendorManager.Web.Features.Notifications;
using VendorManager.Web.Features.Settlements;
using VendorManager.Web.Tests.Features.Contracts;
using VendorManager.Web.Tests.Features.Evaluations;
using VendorManager.Web.Tests.Features.Settlements;
using VendorManager.Web.Tests.Infrastructure;

namespace VendorManager.Web.Tests.Features.Notifications;

/// <summary>
/// Who hears of the evaluation and settlement events of issue 9's reminder list, and that a second run of
/// the daily job sends nothing twice. Every role and scope has a real user, so a notice sent too widely shows.
/// </summary>
public sealed class ReminderReachTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>user name → (role, unit, agency): both units' users and finance, both agencies, the county.</summary>
    private static Dictionary<string, (string Role, int? Unit, int? Agency)> People(ContractWorld w) => new()
    {
        ["county"] = (Roles.Supervisor, null, null),
        ["procurement"] = (Roles.Procurement, null, null),
        ["unit1"] = (Roles.HostUnit, w.UnitId, null),
        ["unit1head"] = (Roles.HostUnit, w.UnitId, null),
        ["unit2"] = (Roles.HostUnit, w.OtherUnitId, null),
        ["finance"] = (Roles.Finance, null, null),
        ["finance1"] = (Roles.Finance, w.UnitId, null),
        ["finance2"] = (Roles.Finance, w.OtherUnitId, null),
        ["agency1"] = (Roles.Agency, null, w.AgencyId),
        ["agency2"] = (Roles.Agency, null, w.OtherAgencyId),
    };

    private static async Task AddUsersAsync(TestApp app, ContractWorld world)
    {
        await using var scope = app.SystemScope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in Roles.All.Where(r => !roles.Roles.Any(x => x.Name == r)))
        {
            await roles.CreateAsync(new IdentityRole(role));
        }

        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        foreach (var (name, (role, unit, agency)) in People(world))
        {
            // The id TestUsers gives the principal of the same name.
            var user = new AppUser { Id = "id-" + name, UserName = name, DisplayName = name, HostUnitId = unit, AgencyId = agency };
            Assert.True((await users.CreateAsync(user, "Test@2026x")).Succeeded);
            await users.AddToRoleAsync(user, role);
        }
    }

    /// <summary>The user names that received notifications of the kind, in order.</summary>
    private static async Task<List<string>> ReachedAsync(TestApp app, NotificationKind kind)
    {
        await using var db = app.CreateDbContext(UserScope.System);
        var ids = await db.Notifications.AsNoTracking().Where(n => n.Kind == kind).Select(n => n.RecipientUserId).ToListAsync(Ct);
        return [.. ids.Select(id => id["id-".Length..]).Order(StringComparer.Ordinal)];
    }

    [Fact]
    public async Task An_evaluation_due_reaches_the_units_users_and_an_overdue_one_also_the_Supervisor_once_however_often_the_job_runs()
    {
        await using var app = await TestApp.CreateAsync();
        var world = await EvaluationWorld.CreateAsync(app);
        await AddUsersAsync(app, world.World);

        await world.RunJobAsync(new DateOnly(2026, 12, 1));
        await world.RunJobAsync(new DateOnly(2026, 12, 1));
        await world.RunJobAsync(new DateOnly(2026, 12, 11));
        await world.RunJobAsync(new DateOnly(2026, 12, 11));

        Assert.Equal(["unit1", "unit1head"], await ReachedAsync(app, NotificationKind.EvaluationDue));
        Assert.Equal(["county", "unit1", "unit1head"], await ReachedAsync(app, NotificationKind.EvaluationOverdue));
    }

    [Fact]
    public async Task An_appeal_reaches_the_units_users_and_its_answer_the_agencys_users_only()
    {
        await using var app = await TestApp.CreateAsync();
        var world = await EvaluationWorld.CreateAsync(app);
        await AddUsersAsync(app, world.World);
        await world.RunJobAsync(new DateOnly(2026, 12, 1));
        var id = (await world.EvaluationAsync(new DateOnly(2026, 11, 1))).Id;
        await world.ConfirmAsync(id, content: 20m);

        var appealed = await world.ActAsync(world.Agency, id, EvaluationAction.Appeal, "内容建设得分依据不足");
        var answered = await world.ActAsync(world.Head, id, EvaluationAction.RejectAppeal, "依据见检查记录");

        Assert.True(appealed.Succeeded, appealed.Describe());
        Assert.True(answered.Succeeded, answered.Describe());
        Assert.Equal(["unit1", "unit1head"], await ReachedAsync(app, NotificationKind.AppealFiled));
        Assert.Equal(["agency1"], await ReachedAsync(app, NotificationKind.AppealAnswered));
    }

    [Fact]
    public async Task A_settlement_approved_and_paid_reaches_its_unit_its_agency_and_its_finance_but_no_other_unit_each_in_their_language()
    {
        await using var app = await TestApp.CreateAsync();
        var world = await SettlementWorld.SeedAsync(app);
        await AddUsersAsync(app, world.Base);
        var contract = await world.ActiveContractAsync(app, "HT-P");
        await world.FinalEvaluationAsync(app, contract, SettlementWorld.October, 91m);
        var finance = TestUsers.Principal(Roles.Finance, userName: "finance");
        async Task<T> AsFinanceAsync<T>(Func<SettlementService, Task<T>> act, string name = "finance")
        {
            await using var scope = app.ScopeFor(name == "finance" ? finance : TestUsers.Principal(Roles.Finance, userName: name));
            return await act(scope.ServiceProvider.GetRequiredService<SettlementService>());
        }

        async Task<int> VersionAsync(int id)
        {
            await using var db = app.CreateDbContext(UserScope.System);
            return await db.Settlements.Where(s => s.Id == id).Select(s => s.Version).SingleAsync(Ct);
        }

        Assert.True((await AsFinanceAsync(s => s.GenerateAsync(SettlementWorld.October, Ct))).Succeeded);
        int settlement;
        await using (var db = app.CreateDbContext(UserScope.System))
        {
            settlement = await db.Settlements.Where(s => s.ContractId == contract).Select(s => s.Id).SingleAsync(Ct);
        }

        // Approved by another finance user: the approver may not record the payment.
        var approved = await AsFinanceAsync(async s => await s.ApproveAsync(settlement, await VersionAsync(settlement), Ct), "finance-approver");
        var paid = await AsFinanceAsync(async s => await s.MarkPaidAsync(settlement, new PaymentForm
        {
            InvoiceNumber = "FP-001", PaidOn = new DateTime(2026, 11, 27), VoucherNumber = "PZ-11-001", Version = await VersionAsync(settlement),
        }, Ct));

        Assert.True(approved.Succeeded, approved.Describe());
        Assert.True(paid.Succeeded, paid.Describe());
        string[] concerned = ["agency1", "finance", "finance1", "unit1", "unit1head"];
        Assert.Equal(concerned, await ReachedAsync(app, NotificationKind.SettlementApproved));
        Assert.Equal(concerned, await ReachedAsync(app, NotificationKind.SettlementPaid));
        Assert.Matches(
            @"^The settlement of contract HT-P for 2026-10 was paid: ¥[0-9,]+\.[0-9]{2}\.$",
            await ReadAsync(app, finance, NotificationKind.SettlementPaid, System.Globalization.CultureInfo.GetCultureInfo("en-US")));
    }

    /// <summary>The first notification of the kind as the user reads it in <paramref name="culture"/>.</summary>
    private static async Task<string> ReadAsync(TestApp app, System.Security.Claims.ClaimsPrincipal user, NotificationKind kind, System.Globalization.CultureInfo culture)
    {
        await using var db = app.CreateDbContext(UserScope.System);
        var notification = await db.Notifications.AsNoTracking().FirstAsync(n => n.Kind == kind, Ct);
        System.Globalization.CultureInfo.CurrentUICulture = culture;
        await using var scope = app.ScopeFor(user);
        return scope.ServiceProvider.GetRequiredService<NotificationService>().Render(notification.TextKey, notification.Arguments);
    }
}
