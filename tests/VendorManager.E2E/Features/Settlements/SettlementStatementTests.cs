using System.Globalization;
using System.Text.RegularExpressions;

namespace VendorManager.E2E.Features.Settlements;

/// <summary>The printed statement (结算单) of a paid settlement, as unit finance opens it from the ledger.</summary>
public sealed partial class SettlementStatementTests(E2EApp e2e) : PageTest(e2e)
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).DateTime);

    /// <summary>The demo pays 城关镇's CG-2026-001 for the sixth month back under voucher PZ-2026-0101.</summary>
    private static string PaidMonth => new DateOnly(Today.Year, Today.Month, 1).AddMonths(-7).ToString("yyyy-MM", CultureInfo.InvariantCulture);

    [GeneratedRegex("^[壹贰叁肆伍陆柒捌玖拾佰仟万亿零]+元[零壹贰叁肆伍陆柒捌玖角分]*[整分]$")]
    private static partial Regex Capitals();

    [Fact]
    public async Task Finance_opens_a_paid_settlements_statement_and_sees_its_voucher_and_the_amount_in_words()
    {
        await SignInAsync("finance1");
        await ExpectAtAsync("/");
        await Page.GotoAsync("/settlements?month=" + PaidMonth);
        var link = Page.Locator("[data-testid^=settlement-link-]").Filter(new() { HasText = "CG-2026-001" });
        await Expect(link).ToHaveCountAsync(1);
        await link.ClickAsync();

        var print = Page.Locator("[data-testid=settlement-print]");
        await Expect(print).ToBeVisibleAsync();
        await Page.GotoAsync((await print.GetAttributeAsync("href"))!);

        await Expect(Page.Locator("[data-testid=statement-voucher]")).ToHaveTextAsync("PZ-2026-0101");
        await Expect(Page.Locator("[data-testid=statement-invoice]")).ToHaveTextAsync("FP-CG-001");
        await Expect(Page.Locator("[data-testid=statement-paid-on]")).ToHaveTextAsync(new Regex(@"^\d{4}-\d{2}-\d{2}$"));
        await Expect(Page.Locator("[data-testid=statement-figures]")).ToHaveTextAsync(new Regex(@"^¥[\d,]+\.\d{2}$"));
        await Expect(Page.Locator("[data-testid=statement-words]")).ToHaveTextAsync(Capitals());
        await Expect(Page.Locator("[data-testid=statement-unpaid]")).ToHaveCountAsync(0);
    }
}
