using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VendorManager.Domain.Common;
using VendorManager.Domain.Contracts;
using VendorManager.Domain.Staff;
using VendorManager.Web.Features.Staff;
using VendorManager.Web.Tests.Features.Settlements;
using VendorManager.Web.Tests.Infrastructure;

namespace VendorManager.Web.Tests.Features.Contracts;

/// <summary>
/// DOMAIN.md, "What one change does to the others": a failed background check ends the person's assignments,
/// and a contract left without an allowed reviewer stops at once rather than at midnight.
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
            var contract = await db.Contracts.AsNoTracking().Include(c => c.Assignments).Include(c => c.History).SingleAsync(c => c.Id == id, Ct);
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
        var checkId = await RequestCheckAsync(app, world.Base.ReviewerId);
        var pass = Failure(app);
        pass.Result = BackgroundCheckResult.Passed;
        pass.ReferenceNumber = "公网审〔2026〕99";

        await using (var scope = app.ScopeFor(TestUsers.Principal(Roles.Procurement)))
        {
            var recorded = await scope.ServiceProvider.GetRequiredService<BackgroundCheckService>().RecordAsync(checkId, pass, Ct);
            Assert.True(recorded.Succeeded, recorded.Describe());
        }

        await using var db = app.CreateDbContext(UserScope.System);
        var contract = await db.Contracts.AsNoTracking().Include(c => c.Assignments).SingleAsync(c => c.Id == id, Ct);
        Assert.Equal(ContractState.Active, contract.State);
        Assert.Contains(contract.Assignments, a => a.StaffMemberId == world.Base.ReviewerId);
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
