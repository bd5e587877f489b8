using AngleSharp.Dom;
using Bunit;
using Bunit.Rendering;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using VendorManager.Domain.Common;
using VendorManager.Domain.HostUnits;
using VendorManager.Web.Features.HostUnits;
using VendorManager.Web.Tests.Infrastructure;

namespace VendorManager.Web.Tests.Features.HostUnits;

public sealed class HostUnitComponentTests
{
    private static CancellationToken Ct => Xunit.TestContext.Current.CancellationToken;

    private static async Task<HostUnit[]> SeedAsync(ComponentTest test, params HostUnit[] units)
    {
        await using var db = test.CreateDbContext(UserScope.System);
        db.HostUnits.AddRange(units);
        await db.SaveChangesAsync(Ct);
        return units;
    }

    private static IRenderedComponent<ContainerFragment> RenderDialogHost(ComponentTest test) =>
        test.Render(builder =>
        {
            builder.OpenComponent<MudPopoverProvider>(0);
            builder.CloseComponent();
            builder.OpenComponent<MudDialogProvider>(1);
            builder.CloseComponent();
        });

    private static IElement InputOf(IElement field) =>
        field.TagName == "INPUT" ? field : field.QuerySelector("input") ?? throw new InvalidOperationException(field.OuterHtml);

    [Fact]
    public async Task The_dialog_shows_in_Chinese_beside_the_code_field_that_the_code_is_taken_and_saves_nothing()
    {
        await using var test = await ComponentTest.CreateAsync(TestUsers.Supervisor);
        var units = await SeedAsync(test, new HostUnit("城关镇", HostUnitKind.Town, "CG"), new HostUnit("青山镇", HostUnitKind.Town, "QS"));
        var host = RenderDialogHost(test);
        var dialogs = test.Services.GetRequiredService<IDialogService>();
        await host.InvokeAsync(() => dialogs.ShowAsync<HostUnitDialog>(
            "编辑主办单位", new DialogParameters<HostUnitDialog> { { d => d.Id, units[1].Id } }));

        var code = host.WaitForElement("[data-testid=hostunit-code]");
        InputOf(code).Change("cg");
        host.Find("[data-testid=hostunit-save]").Click();

        host.WaitForAssertion(() =>
        {
            var field = InputOf(host.Find("[data-testid=hostunit-code]")).Closest(".mud-input-control")!;
            Assert.Contains("编码已存在", field.TextContent, StringComparison.Ordinal);
        });
        var name = InputOf(host.Find("[data-testid=hostunit-name]")).Closest(".mud-input-control")!;
        Assert.DoesNotContain("编码已存在", name.TextContent, StringComparison.Ordinal);
        await using var db = test.CreateDbContext(UserScope.System);
        Assert.Equal("QS", (await db.HostUnits.FindAsync([units[1].Id], Ct))!.Code);
    }

    [Fact]
    public async Task The_list_shows_each_unit_with_its_code_and_kind_in_Chinese()
    {
        await using var test = await ComponentTest.CreateAsync(TestUsers.Supervisor);
        await SeedAsync(test, new HostUnit("城关镇", HostUnitKind.Town, "CG"), new HostUnit("县教育局", HostUnitKind.Department, "JYJ"));

        var page = test.Render<HostUnitList>();

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid=hostunit-grid] tbody tr.mud-table-row").Count));
        var rows = page.FindAll("[data-testid=hostunit-grid] tbody tr.mud-table-row").Select(r => r.TextContent).ToList();
        Assert.Contains(rows, r => r.Contains("城关镇", StringComparison.Ordinal) && r.Contains("CG", StringComparison.Ordinal) && r.Contains("乡镇", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Contains("县教育局", StringComparison.Ordinal) && r.Contains("JYJ", StringComparison.Ordinal) && r.Contains("部门", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_list_says_so_when_there_is_no_unit_yet()
    {
        await using var test = await ComponentTest.CreateAsync(TestUsers.Supervisor);

        var page = test.Render<HostUnitList>();

        page.WaitForAssertion(() => Assert.Contains("尚未添加主办单位", page.Find("[data-testid=hostunit-empty]").TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_search_made_on_the_second_page_shows_its_matches_from_the_first_page()
    {
        await using var test = await ComponentTest.CreateAsync(TestUsers.Supervisor);
        await SeedAsync(test, Enumerable.Range(1, 25)
            .Select(i => new HostUnit($"单位{i:00}", HostUnitKind.Department, $"D{i:00}"))
            .Append(new HostUnit("青山镇", HostUnitKind.Town, "QS"))
            .ToArray());
        var page = test.Render<HostUnitList>();
        page.WaitForAssertion(() => Assert.Equal(20, page.FindAll("[data-testid=hostunit-grid] tbody tr.mud-table-row").Count));

        page.Find("[data-testid=hostunit-grid] .mud-table-pagination-actions button[aria-label='下一页']").Click();
        page.WaitForAssertion(() => Assert.Equal(6, page.FindAll("[data-testid=hostunit-grid] tbody tr.mud-table-row").Count));
        var search = InputOf(page.Find("[data-testid=hostunit-search]"));
        search.Input("青山");
        search.Blur();

        page.WaitForAssertion(
            () =>
            {
                var row = Assert.Single(page.FindAll("[data-testid=hostunit-grid] tbody tr.mud-table-row"));
                Assert.Contains("青山镇", row.TextContent, StringComparison.Ordinal);
            },
            TimeSpan.FromSeconds(5));
    }
}
