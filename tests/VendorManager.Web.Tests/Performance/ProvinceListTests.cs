using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VendorManager.Domain.Common;
using VendorManager.Domain.Evaluations;
using VendorManager.Web.Features.Evaluations;
using VendorManager.Web.Features.Settlements;
using VendorManager.Web.Features.Shared;
using VendorManager.Web.Tests.Infrastructure;

namespace VendorManager.Web.Tests.Performance;

/// <summary>What the lists rewritten for province scale (docs/PERFORMANCE.md) still show, on the small province.</summary>
[Collection(nameof(SmallProvince))]
public sealed class ProvinceListTests(SmallProvince province)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_evaluation_list_filtered_by_a_stored_state_finds_every_evaluation_in_it()
    {
        await using var db = province.App.CreateDbContext(UserScope.System);
        var finals = await db.MonthlyEvaluations.CountAsync(e => e.State == EvaluationState.Final, Ct);
        Assert.True(finals > 0);

        await using var scope = province.App.ScopeFor(TestUsers.Supervisor);
        var page = await scope.ServiceProvider.GetRequiredService<EvaluationService>()
            .ListAsync(new EvaluationFilter(Status: EvaluationStatus.Final), new PageRequest(0, 50, nameof(EvaluationRow.Total), true), Ct);

        Assert.Equal(finals, page.TotalCount);
        Assert.All(page.Items, r => Assert.Equal(EvaluationStatus.Final, r.Status));
        Assert.Equal(page.Items.Select(r => r.Total.Points).OrderDescending(), page.Items.Select(r => r.Total.Points));
    }

    [Fact]
    public async Task Settlements_sorted_by_contract_number_come_in_number_then_month_order()
    {
        await using var scope = province.App.ScopeFor(TestUsers.Supervisor);
        var page = await scope.ServiceProvider.GetRequiredService<SettlementService>()
            .ListAsync(new SettlementFilter(), new PageRequest(0, 50, nameof(SettlementRow.ContractNumber), false), Ct);

        Assert.Equal(50, page.Items.Count);
        var expected = page.Items.OrderBy(r => r.ContractNumber, StringComparer.Ordinal).ThenBy(r => r.Month).Select(r => r.Id);
        Assert.Equal(expected, page.Items.Select(r => r.Id));
    }
}
