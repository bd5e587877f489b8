namespace VendorManager.E2E.Features.Contracts;

/// <summary>
/// DOMAIN.md, "What one change does to the others": a failed background check takes the person off the
/// contract and suspends it at once. On an app of its own, since it suspends the demo's running contract.
/// </summary>
public sealed class ContractFollowsStaffTests(E2EApp e2e, SeparateApp app) : PageTest(e2e, app.Server), IClassFixture<SeparateApp>
{
    /// <summary>agency1's reviewer on CG-2026-001 (DemoSeeder's staff, agency 1, post 审核).</summary>
    private const string Reviewer = "高雅琴";

    [Fact]
    public async Task Unit1_records_a_failed_check_for_the_reviewer_of_its_active_contract_and_the_contract_shows_her_gone_and_suspended_with_the_reason()
    {
        await SignInAsync(DemoUsers.Agency1);
        var detail = await OpenPersonAsync(Reviewer);
        await Page.ClickAsync("[data-testid=staff-request-check]");
        await Page.Locator(".mud-dialog .mud-button-root").Filter(new() { HasText = "确定" }).ClickAsync();
        await Expect(Page.Locator("[data-testid=staff-history] tbody tr")).ToHaveCountAsync(2);

        await SwitchUserAsync(DemoUsers.HostUnit);
        await Page.GotoAsync(detail);
        await Expect(Page.Locator("[data-testid=staff-record-result]")).ToBeVisibleAsync();
        await WaitForInteractiveAsync();
        await Page.ClickAsync("[data-testid=staff-record-result]");
        await ChooseAsync("check-result", "未通过");
        await Page.FillAsync("[data-testid=check-authority]", "示范县公安局");
        await Page.FillAsync("[data-testid=check-remark]", "存在不宜从事网络信息内容工作的情形");
        await Page.ClickAsync("[data-testid=check-save]");
        await Expect(Page.Locator("[data-testid=check-dialog]")).ToHaveCountAsync(0);

        await Page.GotoAsync("/contracts");
        var link = Page.Locator("[data-testid=contracts-grid] a").Filter(new() { HasText = "CG-2026-001" });
        await Expect(link).ToBeVisibleAsync();
        await WaitForInteractiveAsync();
        await link.ClickAsync();
        await Expect(Page.Locator("[data-testid=contract-detail-state]")).ToHaveTextAsync("暂停");
        await Expect(Page.Locator("[data-testid=contract-staff]")).Not.ToContainTextAsync(Reviewer);
        var suspension = Page.Locator("[data-testid=contract-timeline-row]").Filter(new() { HasText = "系统自动暂停" });
        await Expect(suspension).ToContainTextAsync("审核");
    }

    /// <summary>Finds the person in the staff list and opens their page; returns its address.</summary>
    private async Task<string> OpenPersonAsync(string name)
    {
        await Page.GotoAsync("/staff");
        await Expect(Page.Locator("[data-testid=staff-search]")).ToBeVisibleAsync();
        await WaitForInteractiveAsync();
        await Page.FillAsync("[data-testid=staff-search]", name);
        var link = Page.Locator("[data-testid^=staff-link-]").Filter(new() { HasText = name });
        await Expect(link).ToHaveCountAsync(1);
        await link.ClickAsync();
        await Expect(Page.Locator("[data-testid=staff-detail-name]")).ToHaveTextAsync(name);
        await WaitForInteractiveAsync();
        return new Uri(Page.Url).PathAndQuery;
    }
}
