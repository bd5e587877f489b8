using System.Globalization;

namespace VendorManager.E2E.Features.Settlements;

/// <summary>
/// DOMAIN.md, "Finance controls": the approver may not mark a settlement paid, county finance may, and the
/// history keeps every step. On an app of its own, since it pays the demo's held month of CG-2026-001.
/// </summary>
public sealed class SettlementTwoPeopleTests(E2EApp e2e, SeparateApp app) : PageTest(e2e, app.Server), IClassFixture<SeparateApp>
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).DateTime);

    /// <summary>The demo holds 城关镇's CG-2026-001 three months back (发票抬头有误).</summary>
    private static string HeldMonth => new DateOnly(Today.Year, Today.Month, 1).AddMonths(-3).ToString("yyyy-MM", CultureInfo.InvariantCulture);

    private async Task ConfirmAsync() =>
        await Page.Locator(".mud-dialog .mud-button-root").Filter(new() { HasText = "确定" }).ClickAsync();

    [Fact]
    public async Task Finance1_approves_may_not_pay_its_own_approval_county_finance_pays_and_the_history_shows_each_step_with_who()
    {
        await SignInAsync(DemoUsers.UnitFinance);
        await ExpectAtAsync("/");
        await Page.GotoAsync($"/settlements?month={HeldMonth}");
        var link = Page.Locator("[data-testid^=settlement-link-]").Filter(new() { HasText = "CG-2026-001" });
        await Expect(link).ToHaveCountAsync(1);
        await WaitForInteractiveAsync();
        await link.ClickAsync();
        await Expect(Page.Locator("[data-testid=settlement-detail-status]")).ToHaveTextAsync("暂缓");
        var settlementPath = new Uri(Page.Url).AbsolutePath;

        // finance1 releases and approves; the payment is then refused to it, in words.
        await Expect(Page.Locator("[data-testid=settlement-release]")).ToBeEnabledAsync();
        await WaitForInteractiveAsync();
        await Page.ClickAsync("[data-testid=settlement-release]");
        await ConfirmAsync();
        await Expect(Page.Locator("[data-testid=settlement-detail-status]")).ToHaveTextAsync("待审核");
        await Page.ClickAsync("[data-testid=settlement-approve]");
        await ConfirmAsync();
        await Expect(Page.Locator("[data-testid=settlement-detail-status]")).ToHaveTextAsync("已审核");
        await Expect(Page.Locator("[data-testid=settlement-mark-paid]")).ToBeDisabledAsync();
        await Expect(Page.Locator("[data-testid=settlement-mark-paid-unmet]"))
            .ToHaveTextAsync("标记已支付暂不能办理：由审批人以外的财务人员登记付款（两人分离）");

        // County finance records the payment.
        await SwitchUserAsync("finance");
        await ExpectAtAsync("/");
        await Page.GotoAsync(settlementPath);
        await Expect(Page.Locator("[data-testid=settlement-mark-paid]")).ToBeEnabledAsync();
        await WaitForInteractiveAsync();
        await Page.ClickAsync("[data-testid=settlement-mark-paid]");
        await Page.FillAsync("[data-testid=settlement-invoice]", "FP-E2E-002");
        await Page.FillAsync("[data-testid=settlement-voucher]", "PZ-E2E-002");
        await Page.ClickAsync("[data-testid=settlement-payment-confirm]");
        await Expect(Page.Locator("[data-testid=settlement-detail-status]")).ToHaveTextAsync("已支付");

        // The history, newest first: who did what, and why it was held.
        var steps = Page.Locator("[data-testid=settlement-history-step]");
        await Expect(steps).ToHaveCountAsync(5);
        await Expect(steps.Nth(0)).ToContainTextAsync("标记已支付");
        await Expect(steps.Nth(0)).ToContainTextAsync("杨帆（财务）");
        await Expect(steps.Nth(1)).ToContainTextAsync("审核通过");
        await Expect(steps.Nth(1)).ToContainTextAsync("赵敏（城关镇人民政府）");
        await Expect(steps.Nth(2)).ToContainTextAsync("解除暂缓");
        await Expect(steps.Nth(2)).ToContainTextAsync("赵敏（城关镇人民政府）");
        await Expect(steps.Nth(3)).ToContainTextAsync("代运营机构发票抬头有误，待重开发票");
        await Expect(steps.Nth(4)).ToContainTextAsync("计算");
    }
}
