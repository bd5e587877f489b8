using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VendorManager.Domain.Common;
using VendorManager.Domain.Evaluations;
using VendorManager.Domain.Settlements;
using VendorManager.Persistence;
using VendorManager.Persistence.DomainEvents;
using VendorManager.Web.Features.Evaluations;
using VendorManager.Web.Features.Settlements;
using VendorManager.Web.Jobs;
using VendorManager.Web.Tests.Infrastructure;
using static VendorManager.Web.Tests.Features.Settlements.SettlementWorld;

namespace VendorManager.Web.Tests.Features.Settlements;

/// <summary>
/// DOMAIN.md, "What one change does to the others": an evaluation becoming Final or being reopened reaches
/// its month's settlement at once, in the same transaction, with no button and no settlement job.
/// </summary>
public sealed class SettlementFollowsEvaluationTests
{
    private static readonly DateTimeOffset ConfirmedOn12November = new(2026, 11, 12, 9, 0, 0, ChinaTime.Offset);
    private static readonly DateTimeOffset ConfirmedYesterday = new(2026, 11, 26, 9, 0, 0, ChinaTime.Offset);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static System.Security.Claims.ClaimsPrincipal Finance => TestUsers.Principal(Roles.Finance, userName: "finance1");

    private static System.Security.Claims.ClaimsPrincipal Unit(SettlementWorld world) =>
        TestUsers.Principal(Roles.HostUnit, hostUnitId: world.UnitId, userName: "unit1c");

    [Fact]
    public async Task Money_paid_on_a_stale_score_a_reopened_evaluation_holds_its_settlement_which_shows_the_new_score_once_final_again()
    {
        await using var app = await TestApp.CreateAsync();
        var world = await SeedAsync(app);
        var contract = await world.ActiveContractAsync(app, "CG-2026-001", fee: 18000m);
        var evaluationId = await world.FinalEvaluationAsync(app, contract, October, 67m);
        Assert.True((await AsFinance(app, s => s.GenerateAsync(October, Ct))).Succeeded);
        var before = await SettlementAsync(app, contract);
        Assert.Equal((67m, 70m, 12600m), (before.Score.Points, before.SharePercent, before.Payable.Yuan));
        Assert.True((await AsFinance(app, s => s.ApproveAsync(before.Id, before.Version, Ct))).Succeeded);

        var reopened = await ActAsync(app, TestUsers.Supervisor, evaluationId, EvaluationAction.Reopen, "复核发现漏记扣分");

        Assert.True(reopened.Succeeded, reopened.Describe());
        var held = await SettlementAsync(app, contract);
        Assert.Equal((SettlementStatus.Held, "考核已重新打开", UserScope.SystemName, (DateOnly?)null), (held.Status, held.HoldReason, held.DecidedBy, held.DueOn));
        var release = await AsFinance(app, s => s.ReleaseAsync(held.Id, held.Version, Ct));
        Assert.Equal("本月考核已重新打开，尚未重新定稿；定稿后结算将按新的得分重新计算，之前不能审核或解除暂缓。", release.Error);
        var offered = Assert.Single((await AsFinance(app, s => s.GetAsync(held.Id, Ct))).Value!.Actions);
        Assert.Equal((SettlementAction.Release, false), (offered.Trigger, offered.Enabled));
        Assert.Equal(SettlementConditions.EvaluationFinal, Assert.Single(offered.Unmet).Condition);

        await world.ConfirmAgainAsync(app, evaluationId, 52m, ConfirmedOn12November);
        await RunEvaluationJobAsync(app);

        var after = await SettlementAsync(app, contract);
        Assert.Equal((SettlementStatus.Held, 52m, 0m, 0m, "[0, 60)"), (after.Status, after.Score.Points, after.SharePercent, after.Payable.Yuan, after.Band));
        var detail = await AsFinance(app, s => s.GetAsync(after.Id, Ct));
        Assert.Equal(52m, detail.Value!.Computation.Score.Points);
        Assert.True((await AsFinance(app, s => s.ReleaseAsync(after.Id, after.Version, Ct))).Succeeded);
    }

    [Fact]
    public async Task A_paid_month_reopened_and_final_again_at_52_points_gets_a_proposal_of_the_whole_payment_back_which_finance_of_the_unit_records()
    {
        await using var app = await TestApp.CreateAsync();
        var world = await SeedAsync(app);
        var contract = await world.ActiveContractAsync(app, "CG-2026-001", fee: 18000m);
        var evaluationId = await world.FinalEvaluationAsync(app, contract, October, 67m);
        var paid = await PaidAsync(app, contract);
        Assert.Equal(12600m, paid.Payable.Yuan);

        Assert.True((await ActAsync(app, TestUsers.Supervisor, evaluationId, EvaluationAction.Reopen, "复核发现漏记扣分")).Succeeded);
        Assert.Equal((SettlementStatus.Paid, AdjustmentProposalStatus.None), ((await SettlementAsync(app, contract)).Status, (await SettlementAsync(app, contract)).ProposalStatus));
        await world.ConfirmAgainAsync(app, evaluationId, 52m, ConfirmedOn12November);
        await RunEvaluationJobAsync(app);

        var settlement = await SettlementAsync(app, contract);
        Assert.Equal(
            (SettlementStatus.Paid, 12600m, AdjustmentProposalStatus.Open, -12600m),
            (settlement.Status, settlement.Payable.Yuan, settlement.ProposalStatus, settlement.ProposedAdjustment.Yuan));
        var detail = (await AsFinance(app, s => s.GetAsync(settlement.Id, Ct))).Value!;
        Assert.Contains("考核已重新打开", detail.Proposal!.Reason);
        Assert.Contains("52.00", detail.Proposal.Reason);
        Assert.Contains(detail.Actions, a => a is { Trigger: SettlementAction.RecordProposal, Enabled: true });
        Assert.Contains(detail.Actions, a => a is { Trigger: SettlementAction.DismissProposal, Enabled: true });
        await using (var scope = app.ScopeFor(Unit(world)))
        {
            var forUnit = scope.ServiceProvider.GetRequiredService<SettlementService>();
            Assert.DoesNotContain((await forUnit.GetAsync(settlement.Id, Ct)).Value!.Actions, a => a.Trigger == SettlementAction.RecordProposal);
            Refused.Because(await forUnit.RecordProposalAsync(settlement.Id, settlement.Version, Ct), Refused.Forbidden);
        }

        await using (var scope = app.ScopeFor(TestUsers.Principal(Roles.Finance, hostUnitId: world.OtherUnitId, userName: "finance9")))
        {
            Refused.Because(await scope.ServiceProvider.GetRequiredService<SettlementService>().RecordProposalAsync(settlement.Id, settlement.Version, Ct), Refused.NotFound);
        }

        var recorded = await AsFinance(app, s => s.RecordProposalAsync(settlement.Id, settlement.Version, Ct));

        Assert.True(recorded.Succeeded, recorded.Describe());
        var after = (await AsFinance(app, s => s.GetAsync(settlement.Id, Ct))).Value!;
        var adjustment = Assert.Single(after.Adjustments);
        Assert.Equal((-12600m, "finance1", app.Clock.GetUtcNow()), (adjustment.Amount.Yuan, adjustment.CreatedBy.Name, adjustment.CreatedAt));
        Assert.Equal((AdjustmentProposalStatus.Recorded, 0m, 12600m), (after.Proposal!.Status, after.AdjustedPayable.Yuan, after.Computation.Payable.Yuan));
        Assert.DoesNotContain(after.Actions, a => a.Trigger is SettlementAction.RecordProposal or SettlementAction.DismissProposal);
        Refused.Because(await AsFinance(app, s => s.RecordProposalAsync(settlement.Id, after.Version, Ct)), SettlementRefusals.NoOpenProposal.Message);
    }

    [Fact]
    public async Task Finance_dismisses_a_proposal_only_with_a_reason_and_the_paid_amounts_stand()
    {
        await using var app = await TestApp.CreateAsync();
        var world = await SeedAsync(app);
        var contract = await world.ActiveContractAsync(app, "CG-2026-001", fee: 18000m);
        var evaluationId = await world.FinalEvaluationAsync(app, contract, October, 67m);
        await PaidAsync(app, contract);
        Assert.True((await ActAsync(app, TestUsers.Supervisor, evaluationId, EvaluationAction.Reopen, "复核发现漏记扣分")).Succeeded);
        await world.ConfirmAgainAsync(app, evaluationId, 52m, ConfirmedOn12November);
        await RunEvaluationJobAsync(app);
        var open = await SettlementAsync(app, contract);

        Refused.Because(await AsFinance(app, s => s.DismissProposalAsync(open.Id, new ReasonForm { Reason = " ", Version = open.Version }, Ct)), "请填写理由。");
        var dismissed = await AsFinance(app, s => s.DismissProposalAsync(open.Id, new ReasonForm { Reason = "扣分已在次月结算中抵扣", Version = open.Version }, Ct));

        Assert.True(dismissed.Succeeded, dismissed.Describe());
        var after = (await AsFinance(app, s => s.GetAsync(open.Id, Ct))).Value!;
        Assert.Equal(
            (AdjustmentProposalStatus.Dismissed, "扣分已在次月结算中抵扣", "finance1", 12600m),
            (after.Proposal!.Status, after.Proposal.DismissalReason, after.Proposal.DecidedBy?.Name, after.AdjustedPayable.Yuan));
        Assert.Empty(after.Adjustments);
    }

    /// <summary>Generates, approves (finance1) and pays (county finance, another person) the contract's October settlement.</summary>
    private static async Task<Settlement> PaidAsync(TestApp app, int contract)
    {
        Assert.True((await AsFinance(app, s => s.GenerateAsync(October, Ct))).Succeeded);
        var calculated = await SettlementAsync(app, contract);
        Assert.True((await AsFinance(app, s => s.ApproveAsync(calculated.Id, calculated.Version, Ct))).Succeeded);
        var approved = await SettlementAsync(app, contract);
        await using (var scope = app.ScopeFor(TestUsers.Principal(Roles.Finance, userName: "finance")))
        {
            var payment = new PaymentForm { InvoiceNumber = "FP-1", VoucherNumber = "PZ-1", PaidOn = approved.ApprovedOn!.Value.ToDateTime(TimeOnly.MinValue), Version = approved.Version };
            var paid = await scope.ServiceProvider.GetRequiredService<SettlementService>().MarkPaidAsync(approved.Id, payment, Ct);
            Assert.True(paid.Succeeded, paid.Describe());
        }

        return await SettlementAsync(app, contract);
    }

    [Fact]
    public async Task A_final_evaluation_creates_its_settlement_at_once_with_no_button_and_no_job()
    {
        await using var app = await TestApp.CreateAsync();
        var world = await SeedAsync(app);
        var contract = await world.ActiveContractAsync(app, "HT-NOW", fee: 9000m);
        var evaluationId = await AppealedEvaluationAsync(app, world, contract, 85m);

        var rejected = await ActAsync(app, Unit(world), evaluationId, EvaluationAction.RejectAppeal, "扣分有据，维持原评分");

        Assert.True(rejected.Succeeded, rejected.Describe());
        var settlement = await SettlementAsync(app, contract);
        Assert.Equal(
            (SettlementStatus.Calculated, evaluationId, 85m, 95m, 8550m, UserScope.SystemName),
            (settlement.Status, settlement.EvaluationId, settlement.Score.Points, settlement.SharePercent, settlement.Payable.Yuan, settlement.CalculatedBy));
    }

    [Fact]
    public async Task The_agency_accepting_its_confirmed_score_makes_it_final_at_once_and_finance_finds_the_settlement_to_approve()
    {
        await using var app = await TestApp.CreateAsync();
        var (world, contract, evaluationId) = await ConfirmedAt85Async(app);

        var accepted = await ActAsync(app, Agency(world), evaluationId, EvaluationAction.Accept, null);

        Assert.True(accepted.Succeeded, accepted.Describe());
        await using (var scope = app.ScopeFor(Agency(world)))
        {
            var detail = (await scope.ServiceProvider.GetRequiredService<EvaluationService>().GetAsync(evaluationId, Ct)).Value!;
            Assert.Equal(EvaluationState.Final, detail.State);
            var step = detail.History[0];
            Assert.Equal((EvaluationAction.Accept, "agency1", EvaluationState.Final, app.Clock.GetUtcNow()), (step.Action, step.Actor.Name, step.To, step.At));
            Assert.Empty(detail.Actions);
        }

        var settlement = await SettlementAsync(app, contract);
        Assert.Equal(
            (SettlementStatus.Calculated, evaluationId, 85m, 8550m),
            (settlement.Status, settlement.EvaluationId, settlement.Score.Points, settlement.Payable.Yuan));
        var forFinance = (await AsFinance(app, s => s.GetAsync(settlement.Id, Ct))).Value!;
        Assert.Contains(forFinance.Actions, a => a.Trigger == SettlementAction.Approve && a.Enabled);
    }

    [Fact]
    public async Task No_objection_while_another_writer_holds_the_evaluations_is_refused_as_busy_and_nothing_is_half_done()
    {
        await using var app = await TestApp.CreateAsync(new Dictionary<string, string?> { ["Database:CommandTimeoutSeconds"] = "1" });
        var (world, contract, evaluationId) = await ConfirmedAt85Async(app);

        await using (await DatabaseLock.HoldTableAsync(app.Database, "MonthlyEvaluations"))
        {
            Refused.Because(await ActAsync(app, Agency(world), evaluationId, EvaluationAction.Accept, null), DatabaseLock.BusyMessage);
        }

        await using (var db = app.CreateDbContext(UserScope.System))
        {
            Assert.Equal(EvaluationState.Confirmed, (await db.MonthlyEvaluations.AsNoTracking().SingleAsync(e => e.Id == evaluationId, Ct)).State);
            Assert.False(await db.Settlements.AnyAsync(s => s.ContractId == contract, Ct));
        }

        var accepted = await ActAsync(app, Agency(world), evaluationId, EvaluationAction.Accept, null);
        Assert.True(accepted.Succeeded, accepted.Describe());
    }

    [Fact]
    public async Task Only_the_evaluations_own_agency_may_accept_it_the_unit_is_refused_and_another_agency_does_not_see_it()
    {
        await using var app = await TestApp.CreateAsync();
        var (world, contract, evaluationId) = await ConfirmedAt85Async(app);
        var otherAgency = TestUsers.Principal(Roles.Agency, agencyId: world.Base.AgencyId + 1000, userName: "agency9");

        Refused.Because(await ActAsync(app, Unit(world), evaluationId, EvaluationAction.Accept, null), Refused.Forbidden);
        await using (var scope = app.ScopeFor(otherAgency))
        {
            var service = scope.ServiceProvider.GetRequiredService<EvaluationService>();
            Refused.Because(await service.ActAsync(evaluationId, new EvaluationCommand { Action = EvaluationAction.Accept, Version = 0 }, Ct), Refused.NotFound);
        }

        await using var db = app.CreateDbContext(UserScope.System);
        Assert.Equal(EvaluationState.Confirmed, (await db.MonthlyEvaluations.AsNoTracking().SingleAsync(e => e.Id == evaluationId, Ct)).State);
        Assert.False(await db.Settlements.AnyAsync(s => s.ContractId == contract, Ct));
    }

    [Fact]
    public async Task A_failing_handler_leaves_nothing_of_the_change_the_evaluation_is_not_final_either()
    {
        await using var app = await TestApp.CreateAsync(configureServices: services =>
            services.AddScoped<IDomainEventHandler<EvaluationFinalized>, FailingHandler>());
        var world = await SeedAsync(app);
        var contract = await world.ActiveContractAsync(app, "HT-FAIL", fee: 9000m);
        var evaluationId = await AppealedEvaluationAsync(app, world, contract, 85m);
        await using var db = app.CreateDbContext(UserScope.System);
        var auditBefore = await db.AuditEntries.CountAsync(Ct);

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            ActAsync(app, Unit(world), evaluationId, EvaluationAction.RejectAppeal, "扣分有据，维持原评分"));

        Assert.Equal(FailingHandler.Message, failure.Message);
        var evaluation = await db.MonthlyEvaluations.AsNoTracking().SingleAsync(e => e.Id == evaluationId, Ct);
        Assert.Equal((EvaluationState.Appealed, (DateTimeOffset?)null), (evaluation.State, evaluation.FinalizedAt));
        Assert.False(await db.Settlements.AnyAsync(Ct));
        Assert.Equal(auditBefore, await db.AuditEntries.CountAsync(Ct));
    }

    /// <summary>agency1, the agency of the seeded world's contracts.</summary>
    private static System.Security.Claims.ClaimsPrincipal Agency(SettlementWorld world) =>
        TestUsers.Principal(Roles.Agency, agencyId: world.Base.AgencyId, userName: "agency1");

    /// <summary>A contract at ¥9,000 a month whose October evaluation, scored 85, the unit confirmed yesterday.</summary>
    private static async Task<(SettlementWorld World, int Contract, int Evaluation)> ConfirmedAt85Async(TestApp app)
    {
        var world = await SeedAsync(app);
        var contract = await world.ActiveContractAsync(app, "HT-NOOBJ", fee: 9000m);
        return (world, contract, await world.ConfirmedEvaluationAsync(app, contract, October, 85m, ConfirmedYesterday));
    }

    /// <summary>An evaluation scored, confirmed yesterday and appealed by the agency today.</summary>
    private static async Task<int> AppealedEvaluationAsync(TestApp app, SettlementWorld world, int contractId, decimal total)
    {
        int id;
        await using (var db = app.CreateDbContext(UserScope.System))
        {
            var scheme = await db.KpiSchemes.Include(s => s.Bands).SingleAsync(s => s.Id == world.SchemeId, Ct);
            var evaluation = MonthlyEvaluation.Open(contractId, world.UnitId, world.Base.AgencyId, October, scheme, new DateOnly(2026, 11, 10), ConfirmedYesterday.AddDays(-20));
            db.MonthlyEvaluations.Add(evaluation);
            await db.SaveChangesAsync(Ct);
            id = evaluation.Id;
        }

        await world.ConfirmAgainAsync(app, id, total, ConfirmedYesterday);
        var appealed = await ActAsync(app, Agency(world), id, EvaluationAction.Appeal, "扣分证据不足");
        Assert.True(appealed.Succeeded, appealed.Describe());
        return id;
    }

    private static async Task<Web.Features.Shared.Result> ActAsync(
        TestApp app, System.Security.Claims.ClaimsPrincipal user, int evaluationId, EvaluationAction action, string? reason)
    {
        await using var scope = app.ScopeFor(user);
        var service = scope.ServiceProvider.GetRequiredService<EvaluationService>();
        var detail = await service.GetAsync(evaluationId, Ct);
        Assert.True(detail.Succeeded, detail.Describe());
        return await service.ActAsync(evaluationId, new EvaluationCommand { Action = action, Reason = reason, Version = detail.Value!.Version }, Ct);
    }

    private static async Task<T> AsFinance<T>(TestApp app, Func<SettlementService, Task<T>> act)
    {
        await using var scope = app.ScopeFor(Finance);
        return await act(scope.ServiceProvider.GetRequiredService<SettlementService>());
    }

    private static async Task RunEvaluationJobAsync(TestApp app)
    {
        await using var system = app.SystemScope();
        var job = system.ServiceProvider.GetServices<IDailyJob>().OfType<EvaluationDailyJob>().Single();
        await job.RunAsync(ChinaTime.Today(app.Clock), Ct);
    }

    private static async Task<Settlement> SettlementAsync(TestApp app, int contractId)
    {
        await using var db = app.CreateDbContext(UserScope.System);
        return await db.Settlements.AsNoTracking().SingleAsync(s => s.ContractId == contractId && s.Month == October, Ct);
    }

    private sealed class FailingHandler : IDomainEventHandler<EvaluationFinalized>
    {
        public const string Message = "A rule that depends on the evaluation failed.";

        public Task HandleAsync(EvaluationFinalized domainEvent, AppDbContext db, CancellationToken cancellationToken) =>
            throw new InvalidOperationException(Message);
    }
}
