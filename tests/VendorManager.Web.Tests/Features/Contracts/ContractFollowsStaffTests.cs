using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VendorManager.Domain.Common;
using VendorManager.Domain.Contracts;
using VendorManager.Domain.Staff;
using VendorManager.Web.Features.Shared;
using VendorManager.Web.Features.Staff;
using VendorManager.Web.Tests.Features.Settlements;
using VendorManager.Web.Tests.Infrastructure;

namespace VendorManager.Web.Tests.Features.Contracts;

/// <summary>
/// DOMAIN.md, "What one change does to the others": a failed or revoked background check ends the person's
/// assignments, and a contract left without an allowed reviewer stops at once rather than at midnight.
/// </summary>
public sealed class ContractFollowsStaffTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_failed_check_recorded_by_the_unit_ends_the_person_s_assignments_and_suspends_every_active_contract_left_without_a_reviewer()
    {
        await using var app = await TestApp.CreateAsync();
        var world = await SettlementWorld.SeedAsync(app);
        var own = await world.ActiveContractAsync(app, "JY-2026-001");
        // The other unit's contract, which the recording unit cannot even see, follows all the same.
        var others = await world.ActiveContractAsync(app, "JY-2026-002", otherUnit: true);
        var checkId = await RequestCheckAsync(app, world.Base.ReviewerId);

        await using (var scope = app.ScopeFor(TestUsers.HostUnit(world.UnitId, "unit1")))
        {
            var recorded = await scope.ServiceProvider.GetRequiredService<BackgroundCheckService>().RecordAsync(checkId, Failure(app), Ct);
            Assert.True(recorded.Succeeded, recorded.Describe());
        }

        await using var db = app.CreateDbContext(UserScope.System);
        foreach (var id in new[] { own, others })
        {
            var contract = await db.Contracts.AsNoTracking().Include(c => c.Assignments).Include(c => c.History).AsSplitQuery().SingleAsync(c => c.Id == id, Ct);
            var step = contract.History.OrderBy(t => t.At).ThenBy(t => t.Id).Last();
            Assert.Equal((ContractState.Suspended, ContractTrigger.Suspend, UserScope.SystemName), (contract.State, step.Trigger, step.Actor));
            Assert.StartsWith("系统自动暂停", step.Reason, StringComparison.Ordinal);
            Assert.Equal([world.Base.EditorId], contract.Assignments.Select(a => a.StaffMemberId));
        }
    }

    [Fact]
    public async Task A_passed_check_leaves_the_person_on_the_contract_and_the_contract_running()
    {
        await using var app = await TestApp.CreateAsync();
        var world = await SettlementWorld.SeedAsync(app);
        var id = await world.ActiveContractAsync(app, "JY-2026-001");

        await PassedCheckAsync(app, world.Base.ReviewerId);

        await using var db = app.CreateDbContext(UserScope.System);
        var contract = await db.Contracts.AsNoTracking().Include(c => c.Assignments).SingleAsync(c => c.Id == id, Ct);
        Assert.Equal(ContractState.Active, contract.State);
        Assert.Contains(contract.Assignments, a => a.StaffMemberId == world.Base.ReviewerId);
    }

    [Fact]
    public async Task A_revoked_pass_ends_the_person_s_assignments_and_suspends_the_contract_with_the_revocation_in_its_reason_audited()
    {
        await using var app = await TestApp.CreateAsync();
        var world = await SettlementWorld.SeedAsync(app);
        var id = await world.ActiveContractAsync(app, "JY-2026-001");
        var (checkId, version) = await PassedCheckAsync(app, world.Base.ReviewerId);

        var revoked = await RevokeAsync(app, checkId, "公安机关通报其存在不宜从事网络信息内容工作的情形", version);

        Assert.True(revoked.Succeeded, revoked.Describe());

        await using var db = app.CreateDbContext(UserScope.System);
        var contract = await db.Contracts.AsNoTracking().Include(c => c.Assignments).Include(c => c.History).AsSplitQuery().SingleAsync(c => c.Id == id, Ct);
        var step = contract.History.OrderBy(t => t.At).ThenBy(t => t.Id).Last();
        Assert.Equal((ContractState.Suspended, ContractTrigger.Suspend, UserScope.SystemName), (contract.State, step.Trigger, step.Actor));
        Assert.StartsWith("系统自动暂停：", step.Reason, StringComparison.Ordinal);
        Assert.Contains("网络安全背景审查结论已撤销（公安机关通报其存在不宜从事网络信息内容工作的情形）", step.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain(contract.Assignments, a => a.StaffMemberId == world.Base.ReviewerId);
        var check = await db.BackgroundChecks.AsNoTracking().SingleAsync(c => c.Id == checkId, Ct);
        Assert.Equal((BackgroundCheckState.Revoked, "procurement"), (check.State, check.RevokedBy));
        Assert.Contains(await db.AuditEntries.Where(e => e.EntityType == nameof(BackgroundCheck) && e.EntityKey == checkId.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToListAsync(Ct),
            e => e.UserName == "procurement" && e.Changes.Contains(nameof(BackgroundCheck.RevocationReason), StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_revocation_at_a_version_someone_has_since_changed_is_refused_and_the_contract_keeps_running()
    {
        await using var app = await TestApp.CreateAsync();
        var world = await SettlementWorld.SeedAsync(app);
        var id = await world.ActiveContractAsync(app, "JY-2026-001");
        var (checkId, version) = await PassedCheckAsync(app, world.Base.ReviewerId);

        Refused.Because(await RevokeAsync(app, checkId, "发现新的不宜情形", version - 1), Refused.Stale);

        await using var db = app.CreateDbContext(UserScope.System);
        Assert.Equal(ContractState.Active, (await db.Contracts.AsNoTracking().SingleAsync(c => c.Id == id, Ct)).State);
        Assert.Equal(BackgroundCheckState.Passed, (await db.BackgroundChecks.AsNoTracking().SingleAsync(c => c.Id == checkId, Ct)).State);
    }

    [Fact]
    public async Task A_revocation_without_a_reason_or_of_a_failed_check_is_refused_and_says_why()
    {
        await using var app = await TestApp.CreateAsync();
        var world = await SettlementWorld.SeedAsync(app);
        var (passed, version) = await PassedCheckAsync(app, world.Base.ReviewerId);
        var failed = await RequestCheckAsync(app, world.Base.EditorId);
        await using var scope = app.ScopeFor(TestUsers.Principal(Roles.Procurement));
        var checks = scope.ServiceProvider.GetRequiredService<BackgroundCheckService>();
        Assert.True((await checks.RecordAsync(failed, Failure(app), Ct)).Succeeded);
        await using var db = app.CreateDbContext(UserScope.System);
        var failedVersion = (await db.BackgroundChecks.AsNoTracking().SingleAsync(c => c.Id == failed, Ct)).Version;

        var withoutReason = await checks.RevokeAsync(passed, new CheckRevocationForm { Reason = " ", Version = version }, Ct);
        var ofFailure = await checks.RevokeAsync(failed, new CheckRevocationForm { Reason = "发现新的不宜情形", Version = failedVersion }, Ct);

        Assert.Equal("此项为必填项", withoutReason.For(nameof(CheckRevocationForm.Reason)));
        Refused.Because(ofFailure, "只能撤销已通过的审查结论。");
    }

    private static async Task<Result> RevokeAsync(TestApp app, int checkId, string reason, int version)
    {
        await using var scope = app.ScopeFor(TestUsers.Principal(Roles.Procurement));
        return await scope.ServiceProvider.GetRequiredService<BackgroundCheckService>()
            .RevokeAsync(checkId, new CheckRevocationForm { Reason = reason, Version = version }, Ct);
    }

    /// <summary>A check of the person, passed by procurement; its id and version.</summary>
    private static async Task<(int Id, int Version)> PassedCheckAsync(TestApp app, int personId)
    {
        var checkId = await RequestCheckAsync(app, personId);
        var pass = Failure(app);
        pass.Result = BackgroundCheckResult.Passed;
        pass.ReferenceNumber = "公网审〔2026〕99";
        await using (var scope = app.ScopeFor(TestUsers.Principal(Roles.Procurement)))
        {
            var recorded = await scope.ServiceProvider.GetRequiredService<BackgroundCheckService>().RecordAsync(checkId, pass, Ct);
            Assert.True(recorded.Succeeded, recorded.Describe());
        }

        await using var db = app.CreateDbContext(UserScope.System);
        return (checkId, (await db.BackgroundChecks.AsNoTracking().SingleAsync(c => c.Id == checkId, Ct)).Version);
    }

    internal static CheckResultForm Failure(TestApp app) => new()
    {
        Result = BackgroundCheckResult.Failed,
        CheckedOn = ChinaTime.Today(app.Clock).ToDateTime(TimeOnly.MinValue),
        Authority = "县公安局",
        Remark = "存在不宜从事网络信息内容工作的情形",
    };

    internal static async Task<int> RequestCheckAsync(TestApp app, int personId)
    {
        await using var db = app.CreateDbContext(UserScope.System);
        var person = await db.StaffMembers.Include(s => s.Checks).SingleAsync(s => s.Id == personId, Ct);
        var check = person.RequestCheck(app.Clock.GetUtcNow().AddHours(-1), "agency");
        await db.SaveChangesAsync(Ct);
        return check.Id;
    }
}
