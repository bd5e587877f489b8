using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VendorManager.Domain.Agencies;
using VendorManager.Domain.Common;
using VendorManager.Domain.Contracts;
using VendorManager.Domain.Evaluations;
using VendorManager.Domain.Settlements;
using VendorManager.Domain.Supervision;
using VendorManager.Persistence.Notifications;
using VendorManager.Web.Features.Agencies;
using VendorManager.Web.Features.Evaluations;
using VendorManager.Web.Features.Settlements;
using VendorManager.Web.Features.Shared;
using VendorManager.Web.Features.Staff;
using VendorManager.Web.Features.Supervision;
using VendorManager.Web.Tests.Features.Contracts;
using VendorManager.Web.Tests.Features.Settlements;
using VendorManager.Web.Tests.Features.Supervision;
using VendorManager.Web.Tests.Infrastructure;

namespace VendorManager.Web.Tests.Data;

/// <summary>
/// A change and its consequences (decision 0016) are one transaction also when the save is refused: while
/// another writer holds the table the event's handler writes to, the command that raised the event is told
/// the database is busy, nothing of the change or of its consequences is left, and the same command done
/// again completes whole. One case per handler; <see cref="DomainEventCrashTests"/> kills the process instead.
/// </summary>
public sealed class DomainEventSaveRefusalTests
{
    private static readonly DateTimeOffset ConfirmedYesterday = new(2026, 11, 26, 9, 0, 0, ChinaTime.Offset);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Dictionary<string, string?> ShortTimeout => new() { ["Database:CommandTimeoutSeconds"] = "1" };

    [Fact]
    public async Task A_score_made_final_while_the_settlements_are_held_is_refused_as_busy_and_neither_final_nor_settled()
    {
        await using var app = await TestApp.CreateAsync(ShortTimeout);
        var world = await SettlementWorld.SeedAsync(app);
        var contract = await world.ActiveContractAsync(app, "HT-BUSY-F", fee: 9000m);
        var evaluationId = await world.ConfirmedEvaluationAsync(app, contract, SettlementWorld.October, 85m, ConfirmedYesterday);
        var agency = TestUsers.Principal(Roles.Agency, agencyId: world.Base.AgencyId, userName: "agency1");
        var audited = await AuditCountAsync(app);

        await using (await DatabaseLock.HoldTableAsync(app.Database, "Settlements"))
        {
            Refused.Because(await EvaluateAsync(app, agency, evaluationId, EvaluationAction.Accept, null), DatabaseLock.BusyMessage);
        }

        await using (var db = app.CreateDbContext(UserScope.System))
        {
            Assert.Equal(EvaluationState.Confirmed, (await db.MonthlyEvaluations.AsNoTracking().SingleAsync(e => e.Id == evaluationId, Ct)).State);
            Assert.False(await db.Settlements.AnyAsync(Ct));
            Assert.Equal(audited, await db.AuditEntries.CountAsync(Ct));
        }

        Assert.True((await EvaluateAsync(app, agency, evaluationId, EvaluationAction.Accept, null)).Succeeded);
        await using (var db = app.CreateDbContext(UserScope.System))
        {
            var settlement = await db.Settlements.AsNoTracking().SingleAsync(Ct);
            Assert.Equal((evaluationId, 8550m), (settlement.EvaluationId, settlement.Payable.Yuan));
        }
    }

    [Fact]
    public async Task A_final_score_reopened_while_the_settlements_are_held_is_refused_as_busy_and_leaves_the_score_final_and_its_settlement_payable()
    {
        await using var app = await TestApp.CreateAsync(ShortTimeout);
        var world = await SettlementWorld.SeedAsync(app);
        var contract = await world.ActiveContractAsync(app, "HT-BUSY-R", fee: 18000m);
        var evaluationId = await world.FinalEvaluationAsync(app, contract, SettlementWorld.October, 67m);
        await using (var system = app.SystemScope())
        {
            Assert.Equal(1, (await system.ServiceProvider.GetRequiredService<SettlementGenerator>().RunAsync(SettlementWorld.October, Ct)).Created);
        }

        await using (await DatabaseLock.HoldTableAsync(app.Database, "Settlements"))
        {
            Refused.Because(await EvaluateAsync(app, TestUsers.Supervisor, evaluationId, EvaluationAction.Reopen, "复核发现漏记扣分"), DatabaseLock.BusyMessage);
        }

        await using (var db = app.CreateDbContext(UserScope.System))
        {
            Assert.Equal(EvaluationState.Final, (await db.MonthlyEvaluations.AsNoTracking().SingleAsync(e => e.Id == evaluationId, Ct)).State);
            Assert.Equal(SettlementStatus.Calculated, (await db.Settlements.AsNoTracking().SingleAsync(Ct)).Status);
        }

        Assert.True((await EvaluateAsync(app, TestUsers.Supervisor, evaluationId, EvaluationAction.Reopen, "复核发现漏记扣分")).Succeeded);
        await using (var db = app.CreateDbContext(UserScope.System))
        {
            Assert.Equal(SettlementStatus.Held, (await db.Settlements.AsNoTracking().SingleAsync(Ct)).Status);
        }
    }

    [Fact]
    public async Task A_blacklisting_while_the_contracts_are_held_is_refused_as_busy_and_leaves_the_agency_active_and_its_contract_running()
    {
        await using var app = await TestApp.CreateAsync(ShortTimeout);
        var world = await SettlementWorld.SeedAsync(app);
        var contractId = await world.ActiveContractAsync(app, "JY-BUSY-B");

        await using (await DatabaseLock.HoldTableAsync(app.Database, "Contracts"))
        {
            Refused.Because(await BlacklistAsync(app, world), DatabaseLock.BusyMessage);
        }

        await using (var db = app.CreateDbContext(UserScope.System))
        {
            Assert.Equal(AgencyStatus.Active, (await db.Agencies.AsNoTracking().SingleAsync(a => a.Id == world.Base.AgencyId, Ct)).Status);
            Assert.Equal(ContractState.Active, (await db.Contracts.AsNoTracking().SingleAsync(c => c.Id == contractId, Ct)).State);
        }

        Assert.True((await BlacklistAsync(app, world)).Succeeded);
        await using (var db = app.CreateDbContext(UserScope.System))
        {
            Assert.Equal(ContractState.Suspended, (await db.Contracts.AsNoTracking().SingleAsync(c => c.Id == contractId, Ct)).State);
        }
    }

    [Fact]
    public async Task A_failed_check_recorded_while_the_contracts_are_held_is_refused_as_busy_and_leaves_the_check_open_and_the_reviewer_assigned()
    {
        await using var app = await TestApp.CreateAsync(ShortTimeout);
        var world = await SettlementWorld.SeedAsync(app);
        var contractId = await world.ActiveContractAsync(app, "JY-BUSY-C");
        var checkId = await ContractFollowsStaffTests.RequestCheckAsync(app, world.Base.ReviewerId);

        await using (await DatabaseLock.HoldTableAsync(app.Database, "Contracts"))
        {
            Refused.Because(await RecordAsync(app, checkId), DatabaseLock.BusyMessage);
        }

        await using (var db = app.CreateDbContext(UserScope.System))
        {
            Assert.Null((await db.BackgroundChecks.AsNoTracking().SingleAsync(c => c.Id == checkId, Ct)).Result);
            var contract = await db.Contracts.AsNoTracking().Include(c => c.Assignments).SingleAsync(c => c.Id == contractId, Ct);
            Assert.Equal(ContractState.Active, contract.State);
            Assert.Contains(contract.Assignments, a => a.StaffMemberId == world.Base.ReviewerId);
        }

        Assert.True((await RecordAsync(app, checkId)).Succeeded);
        await using (var db = app.CreateDbContext(UserScope.System))
        {
            Assert.Equal(ContractState.Suspended, (await db.Contracts.AsNoTracking().SingleAsync(c => c.Id == contractId, Ct)).State);
        }
    }

    [Fact]
    public async Task A_notice_issued_while_the_notifications_are_held_is_refused_as_busy_and_stays_a_draft_that_told_nobody()
    {
        await using var app = await TestApp.CreateAsync(ShortTimeout);
        var world = await NoticeIssuedTests.WorldAsync(app);
        var id = await NoticeIssuedTests.DraftAsync(world);

        await using (await DatabaseLock.HoldTableAsync(app.Database, "Notifications"))
        {
            Refused.Because(await IssueAsync(world, id), DatabaseLock.BusyMessage);
        }

        var draft = (await world.AsAsync(SupervisionWorld.Supervisor, (NoticeService s) => s.GetAsync(id, Ct))).Value!;
        Assert.Equal(NoticeStatus.Draft, draft.Status);
        Assert.DoesNotContain(await world.NotificationsAsync(), n => n.Kind == NotificationKind.NoticeIssued);

        Assert.True((await IssueAsync(world, id)).Succeeded);
        Assert.Contains(await world.NotificationsAsync(), n => n.Kind == NotificationKind.NoticeIssued);
    }

    private static async Task<Result> EvaluateAsync(TestApp app, ClaimsPrincipal user, int evaluationId, EvaluationAction action, string? reason)
    {
        await using var scope = app.ScopeFor(user);
        var service = scope.ServiceProvider.GetRequiredService<EvaluationService>();
        var version = (await service.GetAsync(evaluationId, Ct)).Value!.Version;
        return await service.ActAsync(evaluationId, new EvaluationCommand { Action = action, Reason = reason, Version = version }, Ct);
    }

    private static async Task<Result> BlacklistAsync(TestApp app, SettlementWorld world)
    {
        await using var scope = app.ScopeFor(TestUsers.Principal(Roles.Procurement));
        var agencies = scope.ServiceProvider.GetRequiredService<AgencyService>();
        var version = (await agencies.GetFormAsync(world.Base.AgencyId, Ct)).Value!.Version;
        return await agencies.BlacklistAsync(world.Base.AgencyId, new BlacklistForm { Reason = "提供虚假材料", Version = version }, Ct);
    }

    private static async Task<Result> RecordAsync(TestApp app, int checkId)
    {
        await using var scope = app.ScopeFor(TestUsers.Principal(Roles.Procurement));
        return await scope.ServiceProvider.GetRequiredService<BackgroundCheckService>().RecordAsync(checkId, ContractFollowsStaffTests.Failure(app), Ct);
    }

    private static async Task<Result> IssueAsync(SupervisionWorld world, int id)
    {
        var version = (await world.AsAsync(SupervisionWorld.Supervisor, (NoticeService s) => s.GetAsync(id, Ct))).Value!.Version;
        return await world.AsAsync(SupervisionWorld.Supervisor, (NoticeService s) => s.IssueAsync(id, version, Ct));
    }

    private static async Task<int> AuditCountAsync(TestApp app)
    {
        await using var db = app.CreateDbContext(UserScope.System);
        return await db.AuditEntries.CountAsync(Ct);
    }
}
