using Bunit;
using VendorManager.Domain.Common;
using MudBlazor.Services;
using VendorManager.Web.Features.Settlements;
using VendorManager.Web.Tests.Infrastructure;
using static VendorManager.Web.Tests.Features.Settlements.SettlementWorld;

namespace VendorManager.Web.Tests.Features.Settlements;

/// <summary>
/// The printed statement (结算单): a paid one states its invoice, payment date and voucher and the amount in
/// figures and in words; an unpaid one says it is not paid rather than leaving payment lines blank.
/// </summary>
public sealed class SettlementStatementTests
{
    /// <summary>The page with the app's services as county finance sees them; bUnit's own for the browser side.</summary>
    private static IRenderedComponent<SettlementStatement> Render(BunitContext bunit, IServiceProvider app, int settlementId)
    {
        bunit.Services.AddMudServices();
        bunit.Services.AddFallbackServiceProvider(app);
        bunit.JSInterop.Mode = JSRuntimeMode.Loose;
        var page = bunit.Render<SettlementStatement>(p => p.Add(x => x.Id, settlementId));
        page.WaitForElement("[data-testid=statement-page]");
        return page;
    }

    private static async Task<(int Paid, int Approved)> OctoberAsync(TestApp app)
    {
        var world = await SeedAsync(app);
        var paid = await world.ActiveContractAsync(app, "HT-S1", fee: 18000m);
        var approved = await world.ActiveContractAsync(app, "HT-S2", fee: 9000m);
        await world.FinalEvaluationsAsync(app, [paid, approved], October, 85m);
        var settlements = await PaidSettlements.GenerateOctoberAsync(app);
        await PaidSettlements.SettleAsync(app, settlements[paid], "记-2026-11-017", (-10.25m, "十月两篇稿件超时发布，扣减"));
        await PaidSettlements.SettleAsync(app, settlements[approved], voucher: null);
        return (settlements[paid], settlements[approved]);
    }

    [Fact]
    public async Task A_paid_statement_shows_the_invoice_payment_date_voucher_adjustments_and_the_amount_in_words()
    {
        await using var app = await TestApp.CreateAsync();
        var (paid, _) = await OctoberAsync(app);
        await using var finance = app.ScopeFor(TestUsers.Principal(Roles.Finance, userName: "finance"));
        await using var bunit = new BunitContext();

        var page = Render(bunit, finance.ServiceProvider, paid);

        // 18000 at 95% is 17100; the adjustment takes 10.25 off.
        Assert.Equal("¥17,089.75", page.Find("[data-testid=statement-figures]").TextContent.Trim());
        Assert.Equal("壹万柒仟零捌拾玖元柒角伍分", page.Find("[data-testid=statement-words]").TextContent.Trim());
        Assert.Equal(
            ("FP-记-2026-11-017", "2026-11-25", "记-2026-11-017"),
            (page.Find("[data-testid=statement-invoice]").TextContent.Trim(),
             page.Find("[data-testid=statement-paid-on]").TextContent.Trim(),
             page.Find("[data-testid=statement-voucher]").TextContent.Trim()));
        var adjustment = Assert.Single(page.FindAll("[data-testid=statement-adjustment]")).TextContent;
        Assert.Contains("-10.25", adjustment, StringComparison.Ordinal);
        Assert.Contains("十月两篇稿件超时发布，扣减", adjustment, StringComparison.Ordinal);
        Assert.Empty(page.FindAll("[data-testid=statement-unpaid]"));
    }

    [Fact]
    public async Task An_unpaid_statement_says_it_is_not_paid_and_shows_no_payment_lines()
    {
        await using var app = await TestApp.CreateAsync();
        var (_, approved) = await OctoberAsync(app);
        await using var finance = app.ScopeFor(TestUsers.Principal(Roles.Finance, userName: "finance"));
        await using var bunit = new BunitContext();

        var page = Render(bunit, finance.ServiceProvider, approved);

        Assert.Equal("本结算尚未支付（已审核）：发票号码、支付日期和记账凭证号在支付后载明。", page.Find("[data-testid=statement-unpaid]").TextContent.Trim());
        Assert.Empty(page.FindAll("[data-testid=statement-payment]"));
        Assert.Empty(page.FindAll("[data-testid=statement-voucher]"));
        Assert.Equal("捌仟伍佰伍拾元整", page.Find("[data-testid=statement-words]").TextContent.Trim());
    }
}
