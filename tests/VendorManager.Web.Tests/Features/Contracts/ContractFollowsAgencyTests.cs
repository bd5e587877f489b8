using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VendorManager.Domain.Common;
using VendorManager.Domain.Contracts;
using VendorManager.Web.Features.Agencies;
using VendorManager.Web.Features.Contracts;
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

        await using (var scope = app.ScopeFor(TestUsers.Principal(Roles.Procurement)))
        {
            var blacklisted = await scope.ServiceProvider.GetRequiredService<AgencyService>()
                .BlacklistAsync(world.Base.AgencyId, new BlacklistForm { Reason = "提供虚假材料", Version = await AgencyVersionAsync(app, world) }, Ct);
            Assert.True(blacklisted.Succeeded, blacklisted.Describe());
        }

        await using var check = app.CreateDbContext(UserScope.System);
        var contract = await check.Contracts.AsNoTracking().Include(c => c.History).SingleAsync(c => c.Id == contractId, Ct);
        var step = contract.History.OrderBy(t => t.At).ThenBy(t => t.Id).Last();
        Assert.Equal((ContractState.Suspended, ContractTrigger.Suspend, UserScope.SystemName), (contract.State, step.Trigger, step.Actor));
        Assert.Contains("代运营机构已被列入黑名单", step.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Blacklisting_an_agency_warns_its_signed_contract_at_once_that_it_cannot_take_effect_and_the_contract_page_shows_it()
    {
        await using var app = await TestApp.CreateAsync();
        var world = await SettlementWorld.SeedAsync(app);
        var contractId = await world.SignedContractAsync(app, "JY-2027-001", new DateOnly(2027, 1, 1));

        await using (var scope = app.ScopeFor(TestUsers.Principal(Roles.Procurement)))
        {
            var blacklisted = await scope.ServiceProvider.GetRequiredService<AgencyService>()
                .BlacklistAsync(world.Base.AgencyId, new BlacklistForm { Reason = "提供虚假材料", Version = await AgencyVersionAsync(app, world) }, Ct);
            Assert.True(blacklisted.Succeeded, blacklisted.Describe());
        }

        var warning = Assert.Single(await OpenWarningsAsync(app, world, contractId));
        Assert.StartsWith("代运营机构已不符合签约条件，合同不能生效：", warning, StringComparison.Ordinal);
        Assert.Contains("代运营机构已被列入黑名单", warning, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refusing_the_agencys_news_service_licence_suspends_its_active_contract_and_warns_its_signed_one_at_once()
    {
        await using var app = await TestApp.CreateAsync();
        var world = await SettlementWorld.SeedAsync(app);
        var activeId = await world.ActiveContractAsync(app, "JY-2026-001");
        var signedId = await world.SignedContractAsync(app, "JY-2027-001", new DateOnly(2027, 1, 1));
        int licenceId, version;
        await using (var db = app.CreateDbContext(UserScope.System))
        {
            // An anonymous type, not a tuple: PostgreSQL cannot read a tuple projected in SQL.
            var licence = await db.Qualifications
                .Where(q => q.AgencyId == world.Base.AgencyId && q.Kind == Domain.Agencies.QualificationKind.NewsServiceLicence)
                .Select(q => new { q.Id, q.Version }).SingleAsync(Ct);
            (licenceId, version) = (licence.Id, licence.Version);
        }

        await using (var scope = app.ScopeFor(TestUsers.Principal(Roles.Procurement)))
        {
            var refused = await scope.ServiceProvider.GetRequiredService<QualificationService>().ReviewAsync(
                licenceId, new ReviewForm { Verdict = Domain.Agencies.QualificationReviewStatus.Rejected, Remark = "许可证已被吊销", Version = version }, Ct);
            Assert.True(refused.Succeeded, refused.Describe());
        }

        await using (var check = app.CreateDbContext(UserScope.System))
        {
            var active = await check.Contracts.AsNoTracking().SingleAsync(c => c.Id == activeId, Ct);
            Assert.Equal(ContractState.Suspended, active.State);
        }

        Assert.Contains("代运营机构已不符合签约条件，合同不能生效", Assert.Single(await OpenWarningsAsync(app, world, signedId)), StringComparison.Ordinal);
    }

    private static async Task<int> AgencyVersionAsync(TestApp app, SettlementWorld world)
    {
        await using var db = app.CreateDbContext(UserScope.System);
        return await db.Agencies.Where(a => a.Id == world.Base.AgencyId).Select(a => a.Version).SingleAsync(Ct);
    }

    /// <summary>The warnings the contract's page shows (the open ones), as the unit reads them through the service; the contract stays Signed.</summary>
    private static async Task<IReadOnlyList<string>> OpenWarningsAsync(TestApp app, SettlementWorld world, int contractId)
    {
        await using var scope = app.ScopeFor(TestUsers.HostUnit(world.UnitId));
        var contract = (await scope.ServiceProvider.GetRequiredService<ContractService>().GetAsync(contractId, Ct)).Value!;
        Assert.Equal(ContractState.Signed, contract.State);
        return [.. contract.Warnings.Where(w => w.ClearedOn is null).Select(w => w.Message)];
    }
}
