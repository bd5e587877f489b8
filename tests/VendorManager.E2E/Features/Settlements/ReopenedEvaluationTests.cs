using System.Globalization;

namespace VendorManager.E2E.Features.Settlements;

/// <summary>DOMAIN.md, "What one change does to the others", a Final evaluation is reopened (issue 22, "Money paid on a stale score").</summary>
public sealed class ReopenedEvaluationTests(E2EApp e2e) : PageTest(e2e)
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).DateTime);

    /// <summary>
    /// Four months back, the demo approves 城关镇's CG-2026-001 (77 points, 85 %) and leaves it unpaid, now overdue,
    /// and pays 县教育局's JY-2026-001 (96 points, 100 %).
    /// </summary>
    private static string SettledMonth => new DateOnly(Today.Year, Today.Month, 1).AddMonths(-4).ToString("yyyy-MM", CultureInfo.InvariantCulture);

    private async Task SignInAsAsync(string userName)
    {
        await SwitchUserAsync(userName);
        await ExpectAtAsync("/");
    }

    /// <summary>
    /// The finance user opens the contract's month (in the given status) and the evaluation it was computed from;
    /// the Supervisor reopens that evaluation with the reason. Answers both pages' paths.
    /// </summary>
    private async Task<(string Settlement, string Evaluation)> ReopenFromItsSettlementAsync(
        string financeUser, string contractNumber, string month, string status, string reason)
    {
        await SignInAsAsync(financeUser);
        await Page.GotoAsync($"/settlements?month={month}");
        var link = Page.Locator("[data-testid^=settlement-link-]").Filter(new() { HasText = contractNumber });
        await Expect(link).ToHaveCountAsync(1);
        await WaitForInteractiveAsync();
        await link.ClickAsync();
        await Expect(Page.Locator("[data-testid=settlement-detail-status]")).ToHaveTextAsync(status);
        var settlementPath = new Uri(Page.Url).AbsolutePath;
        var evaluationPath = await Page.Locator("[data-testid=settlement-evaluation]").GetAttributeAsync("href");
        Assert.NotNull(evaluationPath);

        await SignInAsAsync(DemoUsers.Supervisor);
        await Page.GotoAsync(evaluationPath);
        await Expect(Page.Locator("[data-testid=evaluation-action-Reopen]")).ToBeVisibleAsync();
        await WaitForInteractiveAsync();
        await Page.ClickAsync("[data-testid=evaluation-action-Reopen]");
        await Page.FillAsync("[data-testid=evaluation-reason]", reason);
        await Page.ClickAsync("[data-testid=evaluation-reason-confirm]");
        await Expect(Page.Locator("[data-testid=evaluation-detail-status]")).Not.ToHaveTextAsync("已定稿");
        return (settlementPath, evaluationPath);
    }

    private async Task PressEvaluationActionAsync(string evaluationPath, string action)
    {
        await Page.GotoAsync(evaluationPath);
        await Expect(Page.Locator($"[data-testid=evaluation-action-{action}]")).ToBeVisibleAsync();
        await WaitForInteractiveAsync();
        await Page.ClickAsync($"[data-testid=evaluation-action-{action}]");
        await Page.Locator(".mud-dialog .mud-button-root").Filter(new() { HasText = "确定" }).ClickAsync();
    }

    [Fact]
    public async Task A_paid_month_reopened_and_final_again_at_a_lower_score_gets_an_adjustment_proposal_which_finance_records()
    {
        var (settlementPath, evaluationPath) = await ReopenFromItsSettlementAsync("finance", "JY-2026-001", SettledMonth, "已支付", "内容建设得分复核有误");

        // unit2 lowers the content points (96 → 76) and submits; the county confirms; agency2 has no objection.
        await SignInAsAsync("unit2");
        await Page.GotoAsync(evaluationPath);
        await Expect(Page.Locator("[data-testid=evaluation-edit]")).ToBeVisibleAsync();
        await WaitForInteractiveAsync();
        await Page.ClickAsync("[data-testid=evaluation-edit]");
        await Expect(Page.Locator("[data-testid=evaluation-running-total]")).ToBeVisibleAsync();
        await WaitForInteractiveAsync();
        await Page.FillAsync("[data-testid=evaluation-points-input-CONTENT]", "9");
        await Page.Keyboard.PressAsync("Tab");
        await Expect(Page.Locator("[data-testid=evaluation-running-total]")).ToHaveTextAsync("76.00");
        await Page.ClickAsync("[data-testid=evaluation-save]");
        await ExpectAtAsync(evaluationPath);
        await PressEvaluationActionAsync(evaluationPath, "Submit");
        await Expect(Page.Locator("[data-testid=evaluation-detail-status]")).ToHaveTextAsync("已提交");
        await SignInAsAsync(DemoUsers.Supervisor);
        await PressEvaluationActionAsync(evaluationPath, "Confirm");
        await Expect(Page.Locator("[data-testid=evaluation-detail-status]")).ToHaveTextAsync("已确认");
        await SignInAsAsync(DemoUsers.Agency2);
        await PressEvaluationActionAsync(evaluationPath, "Accept");
        await Expect(Page.Locator("[data-testid=evaluation-detail-status]")).ToHaveTextAsync("已定稿");

        // County finance finds the paid month unchanged, with the proposal and its steps; recording it adds the adjustment.
        await SignInAsAsync("finance");
        await Page.GotoAsync(settlementPath);
        await Expect(Page.Locator("[data-testid=settlement-proposal]")).ToContainTextAsync("调整建议（待处理）");
        await Expect(Page.Locator("[data-testid=settlement-proposal]")).ToContainTextAsync("考核已重新打开，重新定稿得分 76.00");
        await Expect(Page.Locator("[data-testid=settlement-detail-status]")).ToHaveTextAsync("已支付");
        await Expect(Page.Locator("[data-testid=settlement-dismissproposal]")).ToBeEnabledAsync();
        await WaitForInteractiveAsync();
        await Page.ClickAsync("[data-testid=settlement-recordproposal]");
        await Page.Locator(".mud-dialog .mud-button-root").Filter(new() { HasText = "确定" }).ClickAsync();
        await Expect(Page.Locator("[data-testid=settlement-proposal]")).ToContainTextAsync("已由 杨帆（财务） 录入为调整");
        await Expect(Page.Locator("[data-testid=settlement-adjustments]")).ToContainTextAsync("重新定稿得分 76.00");
        await Expect(Page.Locator("[data-testid=settlement-recordproposal]")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task The_supervisor_reopens_a_final_evaluation_and_finance_finds_its_approved_settlement_held_and_not_approvable()
    {
        var (settlementPath, _) = await ReopenFromItsSettlementAsync("finance1", "CG-2026-001", SettledMonth, "已审核", "督查发现当月两篇推文未经审核发布，需重新评分");

        // finance1 finds the settlement held by the system for that reason: it cannot be approved, and its release says why not.
        await SignInAsAsync("finance1");
        await Page.GotoAsync(settlementPath);
        await Expect(Page.Locator("[data-testid=settlement-detail-status]")).ToHaveTextAsync("暂缓");
        await WaitForInteractiveAsync();
        await Expect(Page.Locator("[data-testid=settlement-history-step]").First).ToContainTextAsync("考核已重新打开");
        await Expect(Page.Locator("[data-testid=settlement-approve]")).ToHaveCountAsync(0);
        await Expect(Page.Locator("[data-testid=settlement-mark-paid]")).ToHaveCountAsync(0);
        await Expect(Page.Locator("[data-testid=settlement-release]")).ToBeDisabledAsync();
        await Expect(Page.Locator("[data-testid=settlement-release-unmet]")).ToHaveTextAsync("解除暂缓暂不能办理：本月考核已定稿（未被重新打开）");
    }
}
