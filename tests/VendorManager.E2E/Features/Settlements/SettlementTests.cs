using System.Globalization;

namespace VendorManager.E2E.Features.Settlements;

public sealed class SettlementTests(E2EApp e2e) : PageTest(e2e)
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).DateTime);

    /// <summary>The demo leaves 县教育局's contract's month before last without a settlement, for finance to generate.</summary>
    private static string LastMonth => new DateOnly(Today.Year, Today.Month, 1).AddMonths(-1).ToString("yyyy-MM", CultureInfo.InvariantCulture);

    private static string MonthBeforeLast => new DateOnly(Today.Year, Today.Month, 1).AddMonths(-2).ToString("yyyy-MM", CultureInfo.InvariantCulture);

    private async Task ConfirmAsync() =>
        await Page.Locator(".mud-dialog .mud-button-root").Filter(new() { HasText = "确定" }).ClickAsync();

    [Fact]
    public async Task Finance_generates_the_month_approves_a_settlement_may_not_pay_its_own_approval_and_the_contract_page_shows_it_approved()
    {
        await SignInAsync("finance");
        await ExpectAtAsync("/");
        await Page.GotoAsync("/settlements");
        await Expect(Page.Locator("[data-testid=settlements-generate]")).ToBeVisibleAsync();
        await WaitForInteractiveAsync();

        // Generate the month before last: nothing new (县教育局's JY-2026-001 was settled when its evaluation became Final), and the ledger shows the month.
        // The button names the month it offers (the last one); the confirmation, the month chosen instead.
        await Expect(Page.Locator("[data-testid=settlements-generate]")).ToHaveTextAsync($"生成 {LastMonth} 结算");
        await Page.ClickAsync("[data-testid=settlements-generate]");
        await ChooseAsync("settlement-generate-month", MonthBeforeLast);
        await Expect(Page.Locator("[data-testid=settlement-generate-confirm]")).ToHaveTextAsync($"生成 {MonthBeforeLast} 结算");
        await Page.ClickAsync("[data-testid=settlement-generate-confirm]");
        await Expect(Page.Locator(".mud-snackbar")).ToContainTextAsync("已生成");
        var link = Page.Locator("[data-testid^=settlement-link-]").Filter(new() { HasText = "JY-2026-001" });
        await Expect(link).ToHaveCountAsync(1);
        await link.ClickAsync();

        // Approve, with the confirmation naming the amount; the payment is then another person's (SettlementTwoPeopleTests pays one).
        await Expect(Page.Locator("[data-testid=settlement-approve]")).ToBeVisibleAsync();
        await WaitForInteractiveAsync();
        await Expect(Page.Locator("[data-testid=settlement-computation]")).ToContainTextAsync("× 服务天数");
        await Page.ClickAsync("[data-testid=settlement-approve]");
        await ConfirmAsync();
        await Expect(Page.Locator("[data-testid=settlement-detail-status]")).ToHaveTextAsync("已审核");
        await Expect(Page.Locator("[data-testid=settlement-mark-paid]")).ToBeDisabledAsync();
        await Expect(Page.Locator("[data-testid=settlement-mark-paid-unmet]")).ToContainTextAsync("由审批人以外的财务人员登记付款（两人分离）");

        // The contract page lists the month as approved.
        await Page.ClickAsync("[data-testid=settlement-contract]");
        await Expect(Page.Locator("[data-testid=contract-settlements]")).ToBeVisibleAsync();
        await Expect(Page.Locator("[data-testid=contract-settlements] tr").Filter(new() { HasText = MonthBeforeLast })).ToContainTextAsync("已审核");
    }
}
