using System.Globalization;
using System.Text.RegularExpressions;

namespace VendorManager.E2E.Features.Audit;

/// <summary>
/// The audit log as the Auditor reads it after county finance pays a settlement: the record type, the states,
/// the amount, the time and the payer in words. On its own app: the paid demo settlement would change the
/// stories the shared instance's other tests read.
/// </summary>
public sealed partial class AuditLogInWordsTests(E2EApp e2e, SeparateApp app) : PageTest(e2e, app.Server), IClassFixture<SeparateApp>
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).DateTime);

    /// <summary>The demo's approved, unpaid settlement: 城关镇's CG-2026-001, four months back.</summary>
    private static string ApprovedMonth => new DateOnly(Today.Year, Today.Month, 1).AddMonths(-4).ToString("yyyy-MM", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$")]
    private static partial Regex Minute();

    [GeneratedRegex(@"^调整后应付金额：[\d,]+\.\d{2} 元$")]
    private static partial Regex PayableInYuan();

    [Fact]
    public async Task The_Auditor_filters_by_settlement_and_reads_the_payment_in_words_with_the_payer_by_name()
    {
        await SignInAsync("finance");
        await ExpectAtAsync("/");
        await Page.GotoAsync("/settlements?month=" + ApprovedMonth);
        var link = Page.Locator("[data-testid^=settlement-link-]").Filter(new() { HasText = "CG-2026-001" });
        await Expect(link).ToHaveCountAsync(1);
        await WaitForInteractiveAsync();
        await link.ClickAsync();
        await Expect(Page.Locator("[data-testid=settlement-mark-paid]")).ToBeEnabledAsync();
        await WaitForInteractiveAsync();
        await Page.ClickAsync("[data-testid=settlement-mark-paid]");
        await Page.FillAsync("[data-testid=settlement-invoice]", "FP-CG-003");
        await Page.FillAsync("[data-testid=settlement-paid-on]", Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await Page.Keyboard.PressAsync("Tab");
        await Page.FillAsync("[data-testid=settlement-voucher]", "PZ-2026-0201");
        await Page.ClickAsync("[data-testid=settlement-payment-confirm]");
        await Expect(Page.Locator("[data-testid=settlement-voucher-number]")).ToHaveTextAsync("PZ-2026-0201");

        await SwitchUserAsync(DemoUsers.Auditor);
        await Page.GotoAsync("/audit");
        await Expect(Page.Locator("[data-testid=audit-grid]")).ToBeVisibleAsync();
        await WaitForInteractiveAsync();
        await ChooseExactlyAsync("结算");

        var payment = await ExpandNewestAsync();
        await Expect(payment.Locator("[data-testid=audit-row-time]")).ToHaveTextAsync(Minute());
        await Expect(payment).ToContainTextAsync("杨帆（财务）");
        await Expect(payment).ToContainTextAsync("CG-2026-001 " + ApprovedMonth);
        var changes = Page.Locator("[data-testid=audit-row-change]");
        await Expect(changes.Filter(new() { HasText = "状态：" })).ToHaveTextAsync("状态：已审核 → 已支付");
        await Expect(changes.Filter(new() { HasText = "付款登记人：" })).ToHaveTextAsync("付款登记人：（空） → 杨帆（财务）");
        await Expect(changes.Filter(new() { HasText = "支付日期：" })).ToHaveTextAsync("支付日期：（空） → " + Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

        await ChooseExactlyAsync("结算流程记录");
        var step = await ExpandNewestAsync();
        await Expect(step).ToContainTextAsync("杨帆（财务）");
        await Expect(changes.Filter(new() { HasText = "环节：" })).ToHaveTextAsync("环节：标记已支付");
        await Expect(changes.Filter(new() { HasText = "调整后应付金额：" })).ToHaveTextAsync(PayableInYuan());
    }

    /// <summary>Picks the record type whose name is exactly this (结算, not 结算调整) in the type filter.</summary>
    private async Task ChooseExactlyAsync(string typeName)
    {
        await Page.ClickAsync("[data-testid=audit-filter-entity]");
        await Page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasTextRegex = new Regex("^" + Regex.Escape(typeName) + "$") }).ClickAsync();
        await Expect(Page.Locator(".mud-popover-open")).ToHaveCountAsync(0);
        await Expect(Page.Locator("[data-testid=audit-grid] tbody tr.mud-table-row").First.Locator("td").Nth(3)).ToHaveTextAsync(typeName);
    }

    /// <summary>Opens the newest row's changes and returns the row.</summary>
    private async Task<ILocator> ExpandNewestAsync()
    {
        var newest = Page.Locator("[data-testid=audit-grid] tbody tr.mud-table-row").First;
        await newest.Locator("button").First.ClickAsync();
        await Expect(Page.Locator("[data-testid=audit-row-detail]")).ToHaveCountAsync(1);
        return newest;
    }
}
