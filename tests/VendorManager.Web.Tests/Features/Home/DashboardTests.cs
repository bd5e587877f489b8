using System.Security.Claims;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using VendorManager.Web.Features.Home;
using VendorManager.Web.Tests.Features.Contracts;
using VendorManager.Web.Tests.Infrastructure;

namespace VendorManager.Web.Tests.Features.Home;

/// <summary>The home pages' panels: the right ones for each role, counted within the user's scope, each figure linking to its filtered list.</summary>
public sealed class DashboardTests
{
    private static CancellationToken Ct => Xunit.TestContext.Current.CancellationToken;

    private static async Task<IReadOnlyList<DashboardPanel>> PanelsAsync(TestApp app, ClaimsPrincipal user)
    {
        await using var scope = app.ScopeFor(user);
        return await scope.ServiceProvider.GetRequiredService<HomeService>().GetDashboardAsync(Ct);
    }

    private static IEnumerable<(string Label, double Value, string? Href)> Figures(IReadOnlyList<DashboardPanel> panels, string key) =>
        panels.Single(p => p.Key == key).Figures.Select(f => (f.Label, f.Value, f.Href));

    [Fact]
    public async Task The_Supervisor_sees_the_county_and_a_unit_only_its_own()
    {
        await using var app = await TestApp.CreateAsync();
        var world = await ContractWorld.SeedAsync(app);
        await world.DraftAsync(app, world.Form("HT-2026-001"), complete: false);
        await world.DraftAsync(app, world.Form("HT-2026-002"), complete: false);

        var county = await PanelsAsync(app, TestUsers.Supervisor);
        var own = await PanelsAsync(app, TestUsers.HostUnit(world.UnitId));
        var other = await PanelsAsync(app, TestUsers.HostUnit(world.OtherUnitId));

        Assert.Equal(
            ["accounts-by-platform", "accounts-by-unit", "account-flags", "contracts-by-state", "evaluation-progress", "agency-ranking", "rectifications-by-state", "rectifications-by-category", "qualification-expiries"],
            county.Select(p => p.Key));
        Assert.Equal([("微信公众号", 2d, "/accounts?status=Active&platform=WeChatOfficialAccount")], Figures(county, "accounts-by-platform"));
        Assert.Equal(
            [("城关镇人民政府", 1d, $"/accounts?status=Active&unit={world.UnitId}"), ("青山镇人民政府", 1d, $"/accounts?status=Active&unit={world.OtherUnitId}")],
            Figures(county, "accounts-by-unit"));
        Assert.Equal([("草拟", 2d, "/contracts?state=Draft")], Figures(county, "contracts-by-state"));
        Assert.Equal(["accounts-by-platform", "account-flags", "contracts-by-state", "evaluation-progress", "rectifications-by-state"], own.Select(p => p.Key));
        Assert.Equal(2, own.Single(p => p.Key == "contracts-by-state").Total);
        Assert.Equal(1, own.Single(p => p.Key == "accounts-by-platform").Total);
        Assert.Equal(0, other.Single(p => p.Key == "contracts-by-state").Total);
    }

    [Fact]
    public async Task Procurement_sees_contracts_and_expiring_qualifications_and_the_Admin_no_panels()
    {
        await using var app = await TestApp.CreateAsync();
        await ContractWorld.SeedAsync(app);

        var procurement = await PanelsAsync(app, TestUsers.Principal(VendorManager.Domain.Common.Roles.Procurement));
        var admin = await PanelsAsync(app, TestUsers.Admin);

        Assert.Equal(["contracts-by-state", "qualification-expiries"], procurement.Select(p => p.Key));
        // The world's licence ends 2028-12-31, far beyond 60 days from 2026-11-27.
        Assert.All(procurement.Single(p => p.Key == "qualification-expiries").Figures, f => Assert.Equal(0, f.Value));
        Assert.Empty(admin);
    }

    [Fact]
    public async Task A_panel_draws_its_chart_and_lists_every_figure_as_a_link_or_says_there_is_nothing()
    {
        await using var test = await ComponentTest.CreateAsync(TestUsers.Supervisor);
        var panel = new DashboardPanel("demo", 1, "合同（按状态）", DashboardChart.Donut,
            [new("草拟", 2, "/contracts?state=Draft"), new("履约中", 5, "/contracts?state=Active")]);
        var nothing = panel with { Key = "none", Figures = [new("草拟", 0, "/contracts?state=Draft")] };

        var drawn = test.Render<DashboardPanelView>(p => p.Add(c => c.Panel, panel));
        var empty = test.Render<DashboardPanelView>(p => p.Add(c => c.Panel, nothing));

        Assert.NotEmpty(drawn.FindAll("svg"));
        Assert.Equal(["/contracts?state=Draft", "/contracts?state=Active"], drawn.FindAll("a").Select(a => a.GetAttribute("href")));
        Assert.Equal("5", drawn.Find("[data-testid=dashboard-demo-1]").TextContent);
        Assert.Equal("暂无数据", empty.Find("[data-testid=dashboard-none-empty]").TextContent);
    }
}
