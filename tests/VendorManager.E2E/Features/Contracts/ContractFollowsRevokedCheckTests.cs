namespace VendorManager.E2E.Features.Contracts;

/// <summary>
/// DOMAIN.md, "What one change does to the others": a background check revoked after it passed takes the person
/// off the contract and suspends it at once, with the revocation as the reason. On an app of its own, since it
/// suspends the demo's running contract (and apart from <see cref="ContractFollowsStaffTests"/>, which needs the
/// same reviewer still on it).
/// </summary>
public sealed class ContractFollowsRevokedCheckTests(E2EApp e2e, SeparateApp app) : PageTest(e2e, app.Server), IClassFixture<SeparateApp>
{
    /// <summary>agency1's reviewer on CG-2026-001 (DemoSeeder's staff, agency 1, post 审核), with a pass in force.</summary>
    private const string Reviewer = "高雅琴";

    private const string Reason = "公安机关通报其存在不宜从事网络信息内容工作的情形";

    [Fact]
    public async Task Procurement_revokes_the_reviewer_s_passed_check_and_the_contract_shows_her_gone_and_suspended_with_the_reason()
    {
        await SignInAsync(DemoUsers.Procurement);
        await Page.GotoAsync("/staff");
        await Expect(Page.Locator("[data-testid=staff-search]")).ToBeVisibleAsync();
        await WaitForInteractiveAsync();
        await Page.FillAsync("[data-testid=staff-search]", Reviewer);
        var link = Page.Locator("[data-testid^=staff-link-]").Filter(new() { HasText = Reviewer });
        await Expect(link).ToHaveCountAsync(1);
        await link.ClickAsync();
        await Expect(Page.Locator("[data-testid=staff-detail-name]")).ToHaveTextAsync(Reviewer);
        await WaitForInteractiveAsync();

        var revoke = Page.Locator("[data-testid^=staff-revoke-]");
        await Expect(revoke).ToHaveCountAsync(1);
        await revoke.ClickAsync();
        await Page.FillAsync("[data-testid=revoke-reason]", Reason);
        await Page.ClickAsync("[data-testid=revoke-save]");
        await Expect(Page.Locator("[data-testid=revoke-dialog]")).ToHaveCountAsync(0);
        await Expect(Page.Locator("[data-testid=staff-detail-check]")).ToHaveTextAsync("未通过");
        await Expect(Page.Locator("[data-testid=staff-history]")).ToContainTextAsync(Reason);
        await Expect(Page.Locator("[data-testid^=staff-revoke-]")).ToHaveCountAsync(0);

        await Page.GotoAsync("/contracts");
        var contract = Page.Locator("[data-testid=contracts-grid] a").Filter(new() { HasText = "CG-2026-001" });
        await Expect(contract).ToBeVisibleAsync();
        await WaitForInteractiveAsync();
        await contract.ClickAsync();
        await Expect(Page.Locator("[data-testid=contract-detail-state]")).ToHaveTextAsync("暂停");
        await Expect(Page.Locator("[data-testid=contract-staff]")).Not.ToContainTextAsync(Reviewer);
        var suspension = Page.Locator("[data-testid=contract-timeline-row]").Filter(new() { HasText = "系统自动暂停" });
        await Expect(suspension).ToContainTextAsync($"{Reviewer}的网络安全背景审查结论已撤销（{Reason}）");
    }
}
