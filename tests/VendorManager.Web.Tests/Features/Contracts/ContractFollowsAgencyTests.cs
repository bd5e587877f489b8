using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VendorManager.Domain.Common;
using VendorManager.Domain.Contracts;
using VendorManager.Web.Features.Agencies;
using VendorManager.Web.Tests.Features.Settlements;
using VendorManager.Web.Tests.Infrastructure;

namespace VendorManager.Web.Tests.Features.Contracts;

/// <summary>
/// DOMAIN.md, "What one change does to the others": an agency blacklisted keeps no contract running until
/// midnight; its Active contract is suspended by the system in the same save.
/// </summary>
public sealed class ContractFollowsAgencyTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Blacklisting_an_agency_suspends_its_active_contract_at_once_as_the_system_with_the_reason_in_words()
    {
        await using var app = await TestApp.CreateAsync();
        var world = await SettlementWorld.SeedAsync(app);
        var contractId = await world.ActiveContractAsync(app, "JY-2026-001");
        int version;
        await using (var db = app.CreateDbContext(UserScope.System))
        {
            version = await db.Agencies.Where(a => a.Id == world.Base.AgencyId).Select(a => a.Version).SingleAsync(Ct);
        }

        await using (var scope = app.ScopeFor(TestUsers.Principal(Roles.Procurement)))
        {
            var blacklisted = await scope.ServiceProvider.GetRequiredService<AgencyService>()
                .BlacklistAsync(world.Base.AgencyId, new BlacklistForm { Reason = "提供虚假材料", Version = version }, Ct);
            Assert.True(blacklisted.Succeeded, blacklisted.Describe());
        }

        await using var check = app.CreateDbContext(UserScope.System);
        var contract = await check.Contracts.AsNoTracking().Include(c => c.History).SingleAsync(c => c.Id == contractId, Ct);
        var step = contract.History.OrderBy(t => t.At).ThenBy(t => t.Id).Last();
        Assert.Equal((ContractState.Suspended, ContractTrigger.Suspend, UserScope.SystemName), (contract.State, step.Trigger, step.Actor));
        Assert.Contains("代运营机构已被列入黑名单", step.Reason, StringComparison.Ordinal);
    }
}
