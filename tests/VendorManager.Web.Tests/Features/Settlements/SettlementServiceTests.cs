using System.Data.Common;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using VendorManager.Domain.Common;
using VendorManager.Domain.Contracts;
using VendorManager.Domain.Settlements;
using VendorManager.Persistence;
using VendorManager.Web.Features.Contracts;
using VendorManager.Web.Features.DataExchange;
using VendorManager.Web.Features.Settlements;
using VendorManager.Web.Features.Shared;
using VendorManager.Web.Jobs;
using VendorManager.Web.Tests.Infrastructure;
using static VendorManager.Web.Tests.Features.Settlements.SettlementWorld;

namespace VendorManager.Web.Tests.Features.Settlements;

public sealed class SettlementServiceTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static System.Security.Claims.ClaimsPrincipal CountyFinance(string name = "finance") =>
        TestUsers.Principal(Roles.Finance, userName: name);

    private static System.Security.Claims.ClaimsPrincipal UnitFinance(int unitId) =>
        TestUsers.Principal(Roles.Finance, hostUnitId: unitId, userName: "finance-unit" + unitId);

    private static async Task<T> AsAsync<T>(TestApp app, System.Security.Claims.ClaimsPrincipal user, Func<SettlementService, Task<T>> act)
    {
        await using var scope = app.ScopeFor(user);
        return await act(scope.ServiceProvider.GetRequiredService<SettlementService>());
    }

    private static async Task<GenerationSummary> GenerateAsync(TestApp app, DateOnly month, System.Security.Claims.ClaimsPrincipal? user = null)
    {
        var result = await AsAsync(app, user ?? CountyFinance(), s => s.GenerateAsync(month, Ct));
        Assert.True(result.Succeeded, result.Describe());
        return result.Value!;
    }

    private static async Task<List<Settlement>> StoredAsync(TestApp app)
    {
        await using var db = app.CreateDbContext(UserScope.System);
        return await db.Settlements.Include(s => s.Adjustments).OrderBy(s => s.ContractId).ThenBy(s => s.Month).ToListAsync(Ct);
    }

    private static async Task<SettlementDetail> DetailAsync(TestApp app, int id, System.Security.Claims.ClaimsPrincipal? user = null)
    {
        var detail = await AsAsync(app, user ?? CountyFinance(), s => s.GetAsync(id, Ct));
        Assert.True(detail.Succeeded, detail.Describe());
        return detail.Value!;
    }

    [Fact]
    public async Task Generating_while_another_writer_holds_the_ledger_is_refused_as_busy_not_a_dead_page_and_generates_when_tried_again()
    {
        await using var app = await TestApp.CreateAsync(new Dictionary<string, string?> { ["Database:CommandTimeoutSeconds"] = "1" });
        var world = await SeedAsync(app);
        var contract = await world.ActiveContractAsync(app, "HT-BUSYGEN", fee: 9000m);
        await world.FinalEvaluationAsync(app, contract, October, 85m);

        await using (await DatabaseLock.HoldTableAsync(app.Database, "Settlements"))
        {
            Refused.Because(await AsAsync(app, CountyFinance(), s => s.GenerateAsync(October, Ct)), DatabaseLock.BusyMessage);
        }

        Assert.Empty(await StoredAsync(app));
        Assert.Equal(1, (await GenerateAsync(app, October)).Created);
    }

    [Fact]
    public async Task Generation_computes_each_final_evaluation_into_a_settlement_with_every_line_and_a_second_run_adds_nothing()
    {
        await using var app = await TestApp.CreateAsync();
        var world = await SeedAsync(app);
        var whole = await world.ActiveContractAsync(app, "HT-A", fee: 9000m);
        var late = await world.ActiveContractAsync(app, "HT-B", fee: 6200m, start: new DateOnly(2026, 10, 16));
        await world.FinalEvaluationAsync(app, whole, October, 85m);
        await world.FinalEvaluationAsync(app, late, October, 95m);

        var first = await GenerateAsync(app, October);
        var second = await GenerateAsync(app, October);

        Assert.Equal((2, 0), (first.Created, first.Recalculated));
        Assert.Equal((0, 0), (second.Created, second.Recalculated));
        var stored = await StoredAsync(app);
        var a = stored.Single(s => s.ContractId == whole);
        Assert.Equal((31, 31, 9000m, 85m, 95m, 8550m, 450m, "[80, 90)"), (a.PaidDays, a.DaysInMonth, a.Base.Yuan, a.Score.Points, a.SharePercent, a.Payable.Yuan, a.Withheld.Yuan, a.Band));
        // 6200 × 16 ÷ 31 = 3200.00; 100 %.
        var b = stored.Single(s => s.ContractId == late);
        Assert.Equal((16, 3200m, 3200m, 0m), (b.PaidDays, b.Base.Yuan, b.Payable.Yuan, b.Withheld.Yuan));
    }

    [Fact]
    public async Task Suspension_days_inside_the_month_are_not_paid()
    {
        await using var app = await TestApp.CreateAsync();
        var world = await SeedAsync(app);
        var id = await world.ActiveContractAsync(app, "HT-S", fee: 9300m);
        await world.StepAsync(app, id, new DateTimeOffset(2026, 10, 10, 11, 0, 0, ChinaTime.Offset),
            (c, now) => c.Fire(ContractTrigger.Suspend, now, "unit1", new DateTimeOffset(2026, 10, 10, 11, 0, 0, ChinaTime.Offset), "安全事件"));
        await world.StepAsync(app, id, new DateTimeOffset(2026, 10, 20, 9, 0, 0, ChinaTime.Offset),
            (c, now) => c.Fire(ContractTrigger.Resume, now, "unit1", new DateTimeOffset(2026, 10, 20, 9, 0, 0, ChinaTime.Offset)));
        await world.FinalEvaluationAsync(app, id, October, 92m);

        await GenerateAsync(app, October);

        var settlement = Assert.Single(await StoredAsync(app));
        // 10th–19th unpaid: 21 of 31 days; 9300 × 21 ÷ 31 = 6300.00.
        Assert.Equal((21, 6300m), (settlement.PaidDays, settlement.Base.Yuan));
    }

    [Fact]
    public async Task Two_generations_run_at_once_create_each_settlement_once()
    {
        await using var app = await TestApp.CreateAsync();
        var world = await SeedAsync(app);
        for (var n = 1; n <= 6; n++)
        {
            var id = await world.ActiveContractAsync(app, $"HT-{n:00}", fee: 1000m * n);
            await world.FinalEvaluationAsync(app, id, October, 80m + n);
        }

        var job = Task.Run(async () =>
        {
            await using var system = app.SystemScope();
            return await system.ServiceProvider.GetServices<IDailyJob>().OfType<SettlementDailyJob>().Single().RunAsync(new DateOnly(2026, 11, 27), Ct);
        }, Ct);
        var user = Task.Run(() => GenerateAsync(app, October), Ct);
        await Task.WhenAll(job, user);

        var stored = await StoredAsync(app);
        Assert.Equal(6, stored.Count);
        Assert.Equal(6, stored.Select(s => s.ContractId).Distinct().Count());
        var createdByJob = int.Parse((await job).Split(';')[0].Split(':')[1], CultureInfo.InvariantCulture);
        Assert.Equal(6, (await user).Created + createdByJob);
    }

    [Fact]
    public async Task Two_finance_users_approving_at_once_record_one_approval_and_tell_the_other()
    {
        await using var app = await TestApp.CreateAsync();
        var world = await SeedAsync(app);
        var contract = await world.ActiveContractAsync(app, "HT-C");
        await world.FinalEvaluationAsync(app, contract, October, 88m);
        await GenerateAsync(app, October);
        var settlement = Assert.Single(await StoredAsync(app));

        var results = await Task.WhenAll(
            AsAsync(app, CountyFinance("finance"), s => s.ApproveAsync(settlement.Id, settlement.Version, Ct)),
            AsAsync(app, UnitFinance(world.UnitId), s => s.ApproveAsync(settlement.Id, settlement.Version, Ct)));

        Assert.Single(results, r => r.Succeeded);
        Assert.Equal("该记录已被他人修改，请刷新后重新编辑。", Assert.Single(results, r => !r.Succeeded).Error);
        var approved = Assert.Single(await StoredAsync(app));
        Assert.Equal(SettlementStatus.Approved, approved.Status);
        Assert.Equal(new DateOnly(2026, 12, 27), approved.DueOn);
        await using var db = app.CreateDbContext(UserScope.System);
        var approvals = await db.AuditEntries.Where(e => e.EntityType == nameof(Settlement) && e.Action == Domain.Auditing.AuditAction.Update).CountAsync(Ct);
        Assert.Equal(1, approvals);
    }

    [Fact]
    public async Task After_a_reopened_evaluation_is_final_again_an_approved_settlement_is_unchanged_and_a_calculated_one_recalculated()
    {
        await using var app = await TestApp.CreateAsync();
        var world = await SeedAsync(app);
        var approvedContract = await world.ActiveContractAsync(app, "HT-AP", fee: 10000m);
        var calculatedContract = await world.ActiveContractAsync(app, "HT-CA", fee: 10000m);
        var approvedEvaluation = await world.FinalEvaluationAsync(app, approvedContract, October, 85m);
        var calculatedEvaluation = await world.FinalEvaluationAsync(app, calculatedContract, October, 85m);
        await GenerateAsync(app, October);
        var toApprove = (await StoredAsync(app)).Single(s => s.ContractId == approvedContract);
        Assert.True((await AsAsync(app, CountyFinance(), s => s.ApproveAsync(toApprove.Id, toApprove.Version, Ct))).Succeeded);

        var later = new DateTimeOffset(2026, 11, 25, 9, 0, 0, ChinaTime.Offset);
        await world.RescoreAsync(app, approvedEvaluation, 65m, later);
        await world.RescoreAsync(app, calculatedEvaluation, 65m, later);
        var summary = await GenerateAsync(app, October);

        Assert.Equal((0, 1), (summary.Created, summary.Recalculated));
        var stored = await StoredAsync(app);
        var approved = stored.Single(s => s.ContractId == approvedContract);
        Assert.Equal((SettlementStatus.Approved, 85m, 9500m), (approved.Status, approved.Score.Points, approved.Payable.Yuan));
        var recalculated = stored.Single(s => s.ContractId == calculatedContract);
        Assert.Equal((SettlementStatus.Calculated, 65m, 70m, 7000m, 3000m, later), (recalculated.Status, recalculated.Score.Points, recalculated.SharePercent, recalculated.Payable.Yuan, recalculated.Withheld.Yuan, recalculated.EvaluationFinalizedAt));
    }

    [Fact]
    public async Task The_unit_finance_approves_the_approver_may_not_pay_county_finance_pays_and_a_second_payment_is_refused()
    {
        await using var app = await TestApp.CreateAsync();
        var world = await SeedAsync(app);
        var contract = await world.ActiveContractAsync(app, "HT-P");
        await world.FinalEvaluationAsync(app, contract, October, 91m);
        await GenerateAsync(app, October);
        var id = Assert.Single(await StoredAsync(app)).Id;
        var version = (await DetailAsync(app, id)).Version;
        var approver = UnitFinance(world.UnitId);
        Assert.True((await AsAsync(app, approver, s => s.ApproveAsync(id, version, Ct))).Succeeded);

        var payment = new PaymentForm { InvoiceNumber = "FP-001", PaidOn = new DateTime(2026, 11, 27), VoucherNumber = "PZ-11-001", Version = (await DetailAsync(app, id)).Version };
        var own = await AsAsync(app, approver, s => s.MarkPaidAsync(id, payment, Ct));
        var offered = (await DetailAsync(app, id, approver)).Actions.Single(a => a.Trigger == SettlementAction.MarkPaid);
        var paid = await AsAsync(app, CountyFinance(), s => s.MarkPaidAsync(id, payment, Ct));
        payment.Version = (await DetailAsync(app, id)).Version;
        var again = await AsAsync(app, CountyFinance(), s => s.MarkPaidAsync(id, payment, Ct));

        Refused.Because(own, SettlementRefusals.PayerIsApprover.Message);
        Assert.False(offered.Enabled);
        Assert.Equal(SettlementConditions.NotByApprover, Assert.Single(offered.Unmet).Condition);
        Assert.True(paid.Succeeded, paid.Describe());
        Assert.Equal("该结算已标记为已支付，不能重复支付。", again.Error);
        var detail = await DetailAsync(app, id);
        Assert.Equal((SettlementStatus.Paid, "FP-001", "PZ-11-001"), (detail.Status, detail.InvoiceNumber, detail.VoucherNumber));
        Assert.Contains(detail.ScoreLines, l => l.Kind == ScoreLineKind.Total && l.Points.Points == 91m);
        Assert.Equal(
            [(SettlementStepKind.Paid, "finance"), (SettlementStepKind.Approved, "finance-unit" + world.UnitId), (SettlementStepKind.Calculated, "finance")],
            detail.History.Select(s => (s.Kind, s.Actor.Name)));
    }

    [Fact]
    public async Task A_deployment_that_also_separates_the_preparer_refuses_the_payment_to_whoever_released_the_settlement()
    {
        await using var app = await TestApp.CreateAsync(new Dictionary<string, string?> { ["Finance:PaymentSeparation"] = "FromApproverAndPreparer" });
        var world = await SeedAsync(app);
        var contract = await world.ActiveContractAsync(app, "HT-S");
        await world.FinalEvaluationAsync(app, contract, October, 91m);
        await GenerateAsync(app, October);
        var id = Assert.Single(await StoredAsync(app)).Id;
        var releaser = CountyFinance("finance-releaser");
        Assert.True((await AsAsync(app, CountyFinance(), async s => await s.HoldAsync(id, new ReasonForm { Reason = "发票未到", Version = (await DetailAsync(app, id)).Version }, Ct))).Succeeded);
        Assert.True((await AsAsync(app, releaser, async s => await s.ReleaseAsync(id, (await DetailAsync(app, id)).Version, Ct))).Succeeded);
        Assert.True((await AsAsync(app, UnitFinance(world.UnitId), async s => await s.ApproveAsync(id, (await DetailAsync(app, id)).Version, Ct))).Succeeded);

        var payment = new PaymentForm { InvoiceNumber = "FP-002", PaidOn = new DateTime(2026, 11, 27), VoucherNumber = "PZ-11-002", Version = (await DetailAsync(app, id)).Version };
        var released = await AsAsync(app, releaser, s => s.MarkPaidAsync(id, payment, Ct));
        var paid = await AsAsync(app, CountyFinance("finance-payer"), s => s.MarkPaidAsync(id, payment, Ct));

        Refused.Because(released, SettlementRefusals.PayerIsPreparer.Message);
        Assert.True(paid.Succeeded, paid.Describe());
        Assert.Equal(
            [SettlementStepKind.Paid, SettlementStepKind.Approved, SettlementStepKind.Released, SettlementStepKind.Held, SettlementStepKind.Calculated],
            (await DetailAsync(app, id)).History.Select(s => s.Kind));
    }

    [Fact]
    public async Task A_unit_finance_sees_and_acts_on_its_own_unit_only_and_a_host_unit_may_only_read()
    {
        await using var app = await TestApp.CreateAsync();
        var world = await SeedAsync(app);
        var own = await world.ActiveContractAsync(app, "HT-OWN");
        var other = await world.ActiveContractAsync(app, "HT-OTHER", otherUnit: true);
        await world.FinalEvaluationAsync(app, own, October, 90m);
        await world.FinalEvaluationAsync(app, other, October, 90m);
        await GenerateAsync(app, October);
        var stored = await StoredAsync(app);
        var otherSettlement = stored.Single(s => s.ContractId == other);

        var seen = await AsAsync(app, UnitFinance(world.UnitId), s => s.ListAsync(new SettlementFilter(October), new PageRequest(0, 20), Ct));
        var all = await AsAsync(app, CountyFinance(), s => s.ListAsync(new SettlementFilter(October), new PageRequest(0, 20), Ct));
        var reach = await AsAsync(app, UnitFinance(world.UnitId), s => s.ApproveAsync(otherSettlement.Id, otherSettlement.Version, Ct));
        var hostUnit = await AsAsync(app, TestUsers.HostUnit(world.UnitId), s => s.ApproveAsync(stored.Single(x => x.ContractId == own).Id, 0, Ct));

        Assert.Equal(["HT-OWN"], seen.Items.Select(r => r.ContractNumber));
        Assert.Equal(2, all.TotalCount);
        Assert.Equal("记录不存在或您无权访问。", reach.Error);
        Refused.Because(hostUnit, Refused.Forbidden);
        Assert.All(await StoredAsync(app), s => Assert.Equal(SettlementStatus.Calculated, s.Status));
    }

    [Fact]
    public async Task The_exported_ledger_totals_match_the_ledger_to_the_fen()
    {
        await using var app = await TestApp.CreateAsync();
        var world = await SeedAsync(app);
        decimal[] fees = [8888.88m, 12345.67m, 999.99m];
        for (var n = 0; n < fees.Length; n++)
        {
            var id = await world.ActiveContractAsync(app, $"HT-X{n}", fee: fees[n], start: new DateOnly(2026, 10, 3 + n));
            await world.FinalEvaluationAsync(app, id, October, 72.5m + (n * 9));
        }

        await GenerateAsync(app, October);
        var filter = new SettlementFilter(October);
        var totals = await AsAsync(app, CountyFinance(), s => s.TotalsAsync(filter, Ct));
        await using var scope = app.ScopeFor(CountyFinance());
        var file = await scope.ServiceProvider.GetRequiredService<SettlementExport>().LedgerAsync(filter, new ExportSort(), TableFormat.Csv, Ct);

        var lines = Encoding.UTF8.GetString(file.Value!.Content).TrimStart('\uFEFF').Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r').Split(',')).ToList();
        var header = lines[0].ToList();
        var last = lines[^1];
        Assert.Equal("合计", last[0]);
        Assert.Equal(3, lines.Count - 2);
        decimal Column(string name) => decimal.Parse(last[header.IndexOf(name)], CultureInfo.InvariantCulture);
        Assert.Equal(totals.Base.Yuan, Column("应付基数"));
        Assert.Equal(totals.Payable.Yuan, Column("应付金额"));
        Assert.Equal(totals.Withheld.Yuan, Column("扣减金额"));
        Assert.Equal(totals.Base.Yuan, lines.Skip(1).SkipLast(1).Sum(l => decimal.Parse(l[header.IndexOf("应付基数")], CultureInfo.InvariantCulture)));
        // Each settlement's history, in one cell: its calculation by whoever generated the month.
        Assert.All(lines.Skip(1).SkipLast(1), l => Assert.Matches(@"^\d{4}-\d{2}-\d{2} \d{2}:\d{2} 计算 finance（未知用户） 0\.00→\d+\.\d{2}$", l[header.IndexOf("流转记录")]));
    }

    [Fact]
    public async Task A_generation_cancelled_midway_leaves_nothing_behind()
    {
        await using var app = await TestApp.CreateAsync();
        var world = await SeedAsync(app);
        for (var n = 1; n <= 4; n++)
        {
            var id = await world.ActiveContractAsync(app, $"HT-K{n}");
            await world.FinalEvaluationAsync(app, id, October, 90m);
        }

        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        var options = new DbContextOptionsBuilder<AppDbContext>(
                app.Services.CreateScope().ServiceProvider.GetRequiredService<DbContextOptions<AppDbContext>>())
            .AddInterceptors(new CancelOnceSettlementsAreWritten(cancel))
            .Options;
        await using (var db = new AppDbContext(options, new FixedCurrentUser(UserScope.System)))
        {
            var generator = app.Services.CreateScope().ServiceProvider.GetRequiredService<SettlementGenerator>();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => generator.GenerateAsync(db, October, cancel.Token));
        }

        Assert.Empty(await StoredAsync(app));
        var summary = await GenerateAsync(app, October);
        Assert.Equal(4, summary.Created);
    }

    [Fact]
    public async Task A_terminated_contract_closes_only_once_every_month_with_paid_days_is_paid_or_waived()
    {
        await using var app = await TestApp.CreateAsync();
        var world = await SeedAsync(app);
        var id = await world.ActiveContractAsync(app, "HT-END");
        var ended = new DateTimeOffset(2026, 11, 16, 9, 0, 0, ChinaTime.Offset);
        await world.StepAsync(app, id, ended, (c, now) => c.Terminate(now, "unit1", ended, "提前终止", new DateOnly(2026, 11, 16)));
        app.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 3, 10, 0, 0, ChinaTime.Offset));
        await world.FinalEvaluationAsync(app, id, October, 90m);
        await world.FinalEvaluationAsync(app, id, November, 90m);
        await GenerateAsync(app, October);
        await GenerateAsync(app, November);

        async Task<ContractAction> CloseAsync()
        {
            await using var scope = app.ScopeFor(TestUsers.HostUnit(world.UnitId, "unit1"));
            var detail = await scope.ServiceProvider.GetRequiredService<ContractService>().GetAsync(id, Ct);
            return detail.Value!.Actions.Single(a => a.Trigger == ContractTrigger.Close);
        }

        var before = await CloseAsync();
        Assert.False(before.Enabled);
        Assert.Equal(["2026年10月未支付", "2026年11月未支付"], Assert.Single(before.Unmet).Details);

        var stored = await StoredAsync(app);
        var october = stored.Single(s => s.Month == October);
        var november = stored.Single(s => s.Month == November);
        Assert.Equal(15, november.PaidDays);
        Assert.True((await AsAsync(app, CountyFinance(), s => s.WaiveAsync(november.Id, new ReasonForm { Reason = "双方协商免除", Version = november.Version }, Ct))).Succeeded);
        Assert.True((await AsAsync(app, CountyFinance("finance-approver"), s => s.ApproveAsync(october.Id, october.Version, Ct))).Succeeded);
        var approved = (await StoredAsync(app)).Single(s => s.Month == October);
        var paid = await AsAsync(app, CountyFinance(), s => s.MarkPaidAsync(october.Id, new PaymentForm { InvoiceNumber = "FP", PaidOn = new DateTime(2026, 12, 3), VoucherNumber = "PZ", Version = approved.Version }, Ct));
        Assert.True(paid.Succeeded, paid.Describe());

        Assert.True((await CloseAsync()).Enabled);
    }

    /// <summary>Cancels the operation right after the first batch of settlements has been written.</summary>
    /// <summary>
    /// Cancels once the settlements are written and their audit entries are about to be chained (the
    /// read of the log's last entry): midway through the month's transaction. The settlements' own
    /// INSERTs are prepared commands of the bulk insert, which EF Core's command interceptors do not see.
    /// </summary>
    private sealed class CancelOnceSettlementsAreWritten(CancellationTokenSource cancel) : DbCommandInterceptor
    {
        public override ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
        {
            if (command.CommandText.Contains("FROM \"AuditEntries\"", StringComparison.Ordinal))
            {
                cancel.Cancel();
            }

            return ValueTask.FromResult(result);
        }
    }
}
