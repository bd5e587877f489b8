namespace VendorManager.E2E.Features.Supervision;

public sealed class SupervisionPagesTests(E2EApp e2e) : PageTest(e2e)
{
    [Fact]
    public async Task The_Supervisor_opens_the_demo_notice_and_its_print_view_the_interviews_the_report_and_its_workbook()
    {
        await SignInAsync(DemoUsers.Supervisor);

        await Page.GotoAsync("/notices");
        // The demo's draft, whatever notices other tests have drafted and issued since.
        var notice = Page.Locator("[data-testid^=notice-link-]").Filter(new() { HasText = "（征求意见稿）" });
        await Expect(notice).ToContainTextAsync("通报");
        await WaitForInteractiveAsync();
        await notice.ClickAsync();
        // Pre-filled from the list: 城关镇 (an overdue item) and 县教育局 (a returned one).
        await Expect(Page.Locator("input[data-testid^=notice-entry-named-]")).ToHaveCountAsync(2);
        await Page.ClickAsync("[data-testid=notice-print]");
        await Expect(Page.Locator("[data-testid=notice-print-draft]")).ToHaveTextAsync("草稿");
        await Expect(Page.Locator("[data-testid=notice-print-entry]").Filter(new() { HasText = "城关镇人民政府" })).ToContainTextAsync("逾期未整改");
        await Expect(Page.Locator("[data-testid=notice-print-entry]").Filter(new() { HasText = "县教育局" })).ToContainTextAsync("被退回重改");

        await Page.GotoAsync("/interviews");
        await Expect(Page.Locator("[data-testid=interviews-grid] tbody tr").First).ToContainTextAsync("王建国");

        await Page.GotoAsync("/rectification-report");
        await Expect(Page.Locator("[data-testid=report-heading]")).ToHaveTextAsync("全县政务新媒体突出问题排查整改情况报告");
        await Expect(Page.Locator("[data-testid=report-category-line]")).ToHaveCountAsync(9);
        await Expect(Page.Locator("[data-testid=report-signatures]")).ToContainTextAsync("主要负责同志（签字）");
        var workbook = await Page.APIRequest.GetAsync("/rectification-report.xlsx");
        Assert.Equal(200, workbook.Status);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", workbook.Headers["content-type"]);

        await Page.GotoAsync("/notifications");
        await Expect(Page.Locator("[data-testid=notifications-grid] tbody tr").First).ToBeVisibleAsync();
        await Expect(Page.Locator("[data-testid=notifications-grid]")).ToContainTextAsync("欢迎使用");
    }

    [Fact]
    public async Task A_host_unit_gets_only_its_own_report_and_cannot_open_the_Supervisors_pages()
    {
        await SignInAsync(DemoUsers.HostUnit);

        await Page.GotoAsync("/rectification-report");
        await Expect(Page.Locator("[data-testid=report-heading]")).ToHaveTextAsync("城关镇人民政府政务新媒体突出问题排查整改情况报告");
        await Expect(Page.Locator("[data-testid=report-units]")).ToHaveCountAsync(0);
        await Expect(Page.Locator("[data-testid=report-unit]")).ToHaveCountAsync(0);

        await Page.GotoAsync("/inspections");
        await Expect(Page.Locator("[data-testid=inspections-title]")).ToHaveCountAsync(0);
        var other = await Page.APIRequest.GetAsync("/rectification-report.xlsx?unit=2");
        Assert.Equal(200, other.Status);
    }

    [Fact]
    public async Task Agency1s_home_counts_the_open_item_on_the_account_it_ran_and_links_to_it_but_not_to_other_accounts_items()
    {
        await SignInAsync(DemoUsers.Agency1);

        var panel = Page.Locator("[data-testid=dashboard-rectifications-by-state]");
        await Expect(panel).ToBeVisibleAsync();
        await WaitForInteractiveAsync();
        await panel.GetByRole(AriaRole.Link, new() { Name = "待整改" }).ClickAsync();

        await ExpectAtAsync("/rectifications?state=Open");
        var grid = Page.Locator("[data-testid=rectifications-grid]");
        await Expect(grid).ToContainTextAsync("青山镇抖音号");
        // 城关镇's WeChat account is the unit's own, not the agency's: its overdue item is not shown.
        await Expect(grid).Not.ToContainTextAsync("城关镇发布");
    }
}
