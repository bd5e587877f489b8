using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VendorManager.Domain.Agencies;
using VendorManager.Domain.Auditing;
using VendorManager.Domain.Common;
using VendorManager.Domain.Contracts;
using VendorManager.Domain.Evaluations;
using VendorManager.Domain.Settlements;
using VendorManager.Persistence;
using VendorManager.Persistence.Auditing;
using VendorManager.Web.Tests.Features.Settlements;
using VendorManager.Web.Tests.Infrastructure;

namespace VendorManager.Web.Tests.Data;

/// <summary>
/// Issue 27: a change and its consequences (docs/decisions/0016) are one transaction, also when the process
/// dies. The change runs in tests/VendorManager.FaultHost through the app's own job or service; the child
/// halts when the transaction is about to commit, with the change and what its handlers made of it written,
/// and the test kills it (SIGKILL) there. A fresh context on the same database then finds nothing of the
/// change, the audit chain intact, and the change done again completes whole.
/// </summary>
public sealed class DomainEventCrashTests
{
    private static readonly DateTimeOffset ConfirmedOn12November = new(2026, 11, 12, 9, 0, 0, ChinaTime.Offset);

    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(120);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_finalisation_killed_before_its_commit_leaves_the_evaluation_confirmed_with_no_settlement_and_the_job_run_again_settles_it()
    {
        await using var app = await TestApp.CreateAsync();
        var world = await SettlementWorld.SeedAsync(app);
        var contractId = await world.ActiveContractAsync(app, "HT-KILL-F", fee: 9000m);
        var evaluationId = await world.ConfirmedEvaluationAsync(app, contractId, SettlementWorld.October, 85m, ConfirmedOn12November);
        var auditBefore = await NewestAuditSequenceAsync(app);
        var finalize = new Dictionary<string, string> { ["VM_FAULT_ACTION"] = "finalize" };

        await KillWhenHaltedBeforeCommitAsync(app, finalize);

        await using (var db = app.CreateDbContext(UserScope.System))
        {
            var evaluation = await db.MonthlyEvaluations.AsNoTracking().SingleAsync(e => e.Id == evaluationId, Ct);
            Assert.Equal((EvaluationState.Confirmed, (DateTimeOffset?)null), (evaluation.State, evaluation.FinalizedAt));
            Assert.False(await db.Settlements.AnyAsync(Ct));
            await AssertAuditChainAsync(app, db, expectedNewest: auditBefore);
        }

        await RunToTheEndAsync(app, finalize);

        await using (var db = app.CreateDbContext(UserScope.System))
        {
            var evaluation = await db.MonthlyEvaluations.AsNoTracking().SingleAsync(e => e.Id == evaluationId, Ct);
            Assert.Equal(EvaluationState.Final, evaluation.State);
            var settlement = await db.Settlements.AsNoTracking().SingleAsync(Ct);
            Assert.Equal(
                (contractId, SettlementWorld.October, evaluationId, SettlementStatus.Calculated, 85m, 8550m, UserScope.SystemName),
                (settlement.ContractId, settlement.Month, settlement.EvaluationId, settlement.Status, settlement.Score.Points, settlement.Payable.Yuan, settlement.CalculatedBy));
            var audited = await AuditedSinceAsync(db, auditBefore);
            Assert.Contains((nameof(MonthlyEvaluation), Key(evaluationId), AuditAction.Update), audited);
            Assert.Contains((nameof(Settlement), Key(settlement.Id), AuditAction.Insert), audited);
            await AssertAuditChainAsync(app, db);
        }
    }

    [Fact]
    public async Task A_blacklisting_killed_before_its_commit_leaves_the_agency_active_with_its_contracts_running_and_blacklisting_again_suspends_them()
    {
        await using var app = await TestApp.CreateAsync();
        var world = await SettlementWorld.SeedAsync(app);
        int[] contractIds = [await world.ActiveContractAsync(app, "HT-KILL-B1"), await world.ActiveContractAsync(app, "HT-KILL-B2", otherUnit: true)];
        var auditBefore = await NewestAuditSequenceAsync(app);
        var blacklist = new Dictionary<string, string>
        {
            ["VM_FAULT_ACTION"] = "blacklist",
            ["VM_FAULT_AGENCY"] = world.Base.AgencyId.ToString(CultureInfo.InvariantCulture),
        };

        await KillWhenHaltedBeforeCommitAsync(app, blacklist);

        await using (var db = app.CreateDbContext(UserScope.System))
        {
            var agency = await db.Agencies.AsNoTracking().SingleAsync(a => a.Id == world.Base.AgencyId, Ct);
            Assert.Equal((AgencyStatus.Active, (string?)null), (agency.Status, agency.BlacklistReason));
            Assert.Equal(
                [ContractState.Active, ContractState.Active],
                await db.Contracts.Where(c => contractIds.Contains(c.Id)).OrderBy(c => c.Id).Select(c => c.State).ToListAsync(Ct));
            await AssertAuditChainAsync(app, db, expectedNewest: auditBefore);
        }

        await RunToTheEndAsync(app, blacklist);

        await using (var db = app.CreateDbContext(UserScope.System))
        {
            var agency = await db.Agencies.AsNoTracking().SingleAsync(a => a.Id == world.Base.AgencyId, Ct);
            Assert.Equal((AgencyStatus.Blacklisted, "提供虚假材料"), (agency.Status, agency.BlacklistReason));
            var contracts = await db.Contracts.AsNoTracking().Include(c => c.History).Where(c => contractIds.Contains(c.Id)).ToListAsync(Ct);
            Assert.All(contracts, contract =>
            {
                var step = contract.History.OrderBy(t => t.At).ThenBy(t => t.Id).Last();
                Assert.Equal((ContractState.Suspended, ContractTrigger.Suspend, UserScope.SystemName), (contract.State, step.Trigger, step.Actor));
            });
            var audited = await AuditedSinceAsync(db, auditBefore);
            Assert.Contains((nameof(Agency), Key(agency.Id), AuditAction.Update), audited);
            Assert.All(contractIds, id => Assert.Contains((nameof(Contract), Key(id), AuditAction.Update), audited));
            await AssertAuditChainAsync(app, db);
        }
    }

    /// <summary>Starts the change in the child, halted before its commit, and kills the child there.</summary>
    private static async Task KillWhenHaltedBeforeCommitAsync(TestApp app, Dictionary<string, string> change)
    {
        using var child = FaultHost.Start(app, new Dictionary<string, string>(change) { ["VM_FAULT_HALT"] = "1" });
        Assert.True(await child.WaitUntilHaltedAsync(Patience), "The change never reached the commit of a transaction of its own (done without one?).\n" + child.Output);
        child.Kill();
    }

    /// <summary>The same change in a new child that is let finish: the restart.</summary>
    private static async Task RunToTheEndAsync(TestApp app, Dictionary<string, string> change)
    {
        using var child = FaultHost.Start(app, change);
        Assert.True(await child.WaitForExitAsync(Patience), "The change done again did not finish.\n" + child.Output);
        Assert.True(child.ExitCode == 0, "The change done again failed.\n" + child.Output);
    }

    private static async Task<long> NewestAuditSequenceAsync(TestApp app)
    {
        await using var db = app.CreateDbContext(UserScope.System);
        return await db.AuditEntries.MaxAsync(e => e.Sequence, Ct);
    }

    private static async Task<List<(string, string, AuditAction)>> AuditedSinceAsync(AppDbContext db, long sequence) =>
        [.. (await db.AuditEntries.AsNoTracking().Where(e => e.Sequence > sequence).Select(e => new { e.EntityType, e.EntityKey, e.Action }).ToListAsync(Ct))
            .Select(e => (e.EntityType, e.EntityKey, e.Action))];

    /// <summary>The chain verifies against the key and the anchor file the child shared; <paramref name="expectedNewest"/>: no entry was added after it.</summary>
    private static async Task AssertAuditChainAsync(TestApp app, AppDbContext db, long? expectedNewest = null)
    {
        var verifier = app.Services.GetRequiredService<AuditSeal>().NewVerifier();
        var log = await db.AuditEntries.AsNoTracking().OrderBy(e => e.Sequence).ToListAsync(Ct);
        Assert.Null(verifier.CheckAll(log).FirstBreak);
        if (expectedNewest is { } newest)
        {
            Assert.Equal(newest, log[^1].Sequence);
        }
    }

    private static string Key(int id) => id.ToString(CultureInfo.InvariantCulture);
}
