namespace VendorManager.E2E.Features.Contracts;

/// <summary>
/// DOMAIN.md, "What one change does to the others": procurement blacklists an agency and its contracts
/// follow at once, without the daily job. On its own app: a blacklisted demo agency would change the
/// stories the shared instance's other tests read.
/// </summary>
public sealed class ContractFollowsAgencyTests(E2EApp e2e, SeparateApp app) : PageTest(e2e, app.Server), IClassFixture<SeparateApp>
{
    [Fact]
    public async Task Procurement_blacklists_an_agency_and_its_active_contract_is_suspended_at_once_by_the_system()
    {
        await SignInAsync(DemoUsers.Procurement);
        await BlacklistAsync("91330102MA2H0002YG", "提供虚假业绩材料");

        await OpenContractAsync("JY-2026-001");
        await Expect(Page.Locator("[data-testid=contract-detail-state]")).ToHaveTextAsync("暂停");
        var step = Page.Locator("[data-testid=contract-timeline-row]").Filter(new() { HasText = "代运营机构已被列入黑名单" });
        await Expect(step).ToContainTextAsync("履约中 → 暂停");
    }

    [Fact]
    public async Task Procurement_blacklists_an_agency_and_its_signed_contract_warns_at_once_that_it_cannot_take_effect()
    {
        await SignInAsync(DemoUsers.Procurement);
        await BlacklistAsync("91330100MA2H0001XF", "存在违规转包行为");

        await OpenContractAsync("WS-2026-001");
        await Expect(Page.Locator("[data-testid=contract-detail-state]")).ToHaveTextAsync("待生效");
        await Expect(Page.Locator("[data-testid=contract-warning]")).ToContainTextAsync("代运营机构已不符合签约条件，合同不能生效");
    }

    private async Task BlacklistAsync(string creditCode, string reason)
    {
        await Page.GotoAsync("/agencies");
        await Expect(Page.Locator("[data-testid=agency-grid]")).ToBeVisibleAsync();
        await WaitForInteractiveAsync();
        await Page.ClickAsync($"[data-testid=agency-link-{creditCode}]");
        await Expect(Page.Locator("[data-testid=agency-detail-code]")).ToHaveTextAsync(creditCode);
        await WaitForInteractiveAsync();
        await Page.ClickAsync("[data-testid=agency-blacklist]");
        await Page.FillAsync("[data-testid=blacklist-reason]", reason);
        await Page.ClickAsync("[data-testid=blacklist-save]");
        await Expect(Page.Locator("[data-testid=blacklist-dialog]")).ToHaveCountAsync(0);
        await Expect(Page.Locator("[data-testid=agency-status]")).ToHaveTextAsync("黑名单");
    }

    private async Task OpenContractAsync(string number)
    {
        await Page.GotoAsync("/contracts");
        await Expect(Page.Locator("[data-testid=contracts-grid]")).ToBeVisibleAsync();
        await Page.Locator("[data-testid^=contract-link-]").Filter(new() { HasText = number }).ClickAsync();
        await Expect(Page.Locator("[data-testid=contract-detail-number]")).ToHaveTextAsync(number);
    }
}
