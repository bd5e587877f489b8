using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VendorManager.Domain.Common;
using VendorManager.Web.Features.Home;
using VendorManager.Web.Features.Settlements;
using VendorManager.Web.Tests.Infrastructure;
using static VendorManager.Web.Tests.Features.Settlements.SettlementWorld;

namespace VendorManager.Web.Tests.Features.Settlements;

/// <summary>Finance's home panels: what waits for it and the latest month's totals, within its unit or the county.</summary>
public sealed class SettlementDashboardTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static ClaimsPrincipal CountyFinance => TestUsers.Principal(Roles.Finance, userName: "finance");

    private static async Task<T> AsAsync<T>(TestApp app, ClaimsPrincipal user, Func<IServiceProvider, Task<T>> act)
    {
        await using var scope = app.ScopeFor(user);
        return await act(scope.ServiceProvider);
    }

    private static Task<IReadOnlyList<DashboardPanel>> PanelsAsync(TestApp app, ClaimsPrincipal user) =>
        AsAsync(app, user, s => s.GetRequiredService<HomeService>().GetDashboardAsync(Ct));

    private static List<(string Label, string Shown, string? Href)> Figures(IReadOnlyList<DashboardPanel> panels, string key) =>
        [.. panels.Single(p => p.Key == key).Figures.Select(f => (f.Label, f.Text ?? f.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), f.Href))];

    [Fact]
    public async Task Finance_sees_settlements_to_approve_held_and_the_months_totals_and_a_units_finance_only_its_unit()
    {
        await using var app = await TestApp.CreateAsync();
        var world = await SeedAsync(app);
        var own = await world.ActiveContractAsync(app, "HT-A", fee: 9000m);
        var held = await world.ActiveContractAsync(app, "HT-B", fee: 6000m, otherUnit: true);
        var approved = await world.ActiveContractAsync(app, "HT-C", fee: 3000m, otherUnit: true);
        await world.FinalEvaluationAsync(app, own, October, 85m);
        await world.FinalEvaluationAsync(app, held, October, 95m);
        await world.FinalEvaluationAsync(app, approved, October, 75m);
        Assert.True((await AsAsync(app, CountyFinance, s => s.GetRequiredService<SettlementService>().GenerateAsync(October, Ct))).Succeeded);
        await using (var db = app.CreateDbContext(UserScope.System))
        {
            var settlements = await db.Settlements.ToListAsync(Ct);
            var toHold = settlements.Single(s => s.ContractId == held);
            var toApprove = settlements.Single(s => s.ContractId == approved);
            Assert.True((await AsAsync(app, CountyFinance, s => s.GetRequiredService<SettlementService>().HoldAsync(
                toHold.Id, new ReasonForm { Reason = "发票未到", Version = toHold.Version }, Ct))).Succeeded);
            Assert.True((await AsAsync(app, CountyFinance, s => s.GetRequiredService<SettlementService>().ApproveAsync(toApprove.Id, toApprove.Version, Ct))).Succeeded);
        }

        var county = await PanelsAsync(app, CountyFinance);
        var unit1 = await PanelsAsync(app, TestUsers.Principal(Roles.Finance, hostUnitId: world.UnitId, userName: "finance1"));

        Assert.Equal(
            [
                ("待审核", "1", "/settlements?status=Calculated"),
                ("暂缓", "1", "/settlements?status=Held"),
                ("逾期未付", "0", "/settlements?overdue=true"),
            ],
            Figures(county, "settlement-work"));
        // 9000 × 95 % + 6000 × 100 % + 3000 × 85 % = 8550 + 6000 + 2550.
        Assert.Equal(
            [
                ("笔数", "3", "/settlements?month=2026-10"),
                ("应付基数", "¥18,000.00", "/settlements?month=2026-10"),
                ("应付", "¥17,100.00", "/settlements?month=2026-10"),
                ("扣减", "¥900.00", "/settlements?month=2026-10"),
            ],
            Figures(county, "settlement-month"));
        Assert.Equal(["1", "0", "0"], Figures(unit1, "settlement-work").Select(f => f.Shown));
        Assert.Equal(["1", "¥9,000.00", "¥8,550.00", "¥450.00"], Figures(unit1, "settlement-month").Select(f => f.Shown));
        Assert.DoesNotContain(await PanelsAsync(app, TestUsers.Supervisor), p => p.Key.StartsWith("settlement-", StringComparison.Ordinal));
    }
}
