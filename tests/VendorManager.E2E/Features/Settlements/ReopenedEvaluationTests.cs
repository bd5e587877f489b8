using System.Globalization;

namespace VendorManager.E2E.Features.Settlements;

/// <summary>DOMAIN.md, "What one change does to the others", a Final evaluation is reopened (issue 22, "Money paid on a stale score").</summary>
public sealed class ReopenedEvaluationTests(E2EApp e2e) : PageTest(e2e)
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).DateTime);

    /// <summary>The demo approves 城关镇's CG-2026-001 for this month (77 points, 85 %) and leaves it unpaid, now overdue.</summary>
    private static string ApprovedUnpaidMonth => new DateOnly(Today.Year, Today.Month, 1).AddMonths(-4).ToString("yyyy-MM", CultureInfo.InvariantCulture);

    private async Task SignInAsAsync(string userName)
    {
        await Page.Context.ClearCookiesAsync();
        await SignInAsync(userName);
        await ExpectAtAsync("/");
    }

    [Fact]
    public async Task The_supervisor_reopens_a_final_evaluation_and_finance_finds_its_approved_settlement_held_and_not_approvable()
    {
        // finance1 (城关镇) finds the month approved, and the evaluation it was computed from.
        await SignInAsAsync("finance1");
        await Page.GotoAsync($"/settlements?month={ApprovedUnpaidMonth}");
        var link = Page.Locator("[data-testid^=settlement-link-]").Filter(new() { HasText = "CG-2026-001" });
        await Expect(link).ToHaveCountAsync(1);
        await WaitForInteractiveAsync();
        await link.ClickAsync();
        await Expect(Page.Locator("[data-testid=settlement-detail-status]")).ToHaveTextAsync("已审核");
        var settlementPath = new Uri(Page.Url).AbsolutePath;
        var evaluationPath = await Page.Locator("[data-testid=settlement-evaluation]").GetAttributeAsync("href");
        Assert.NotNull(evaluationPath);

        // The Supervisor reopens it, with a reason.
        await SignInAsAsync(DemoUsers.Supervisor);
        await Page.GotoAsync(evaluationPath);
        await Expect(Page.Locator("[data-testid=evaluation-action-Reopen]")).ToBeVisibleAsync();
        await WaitForInteractiveAsync();
        await Page.ClickAsync("[data-testid=evaluation-action-Reopen]");
        await Page.FillAsync("[data-testid=evaluation-reason]", "督查发现当月两篇推文未经审核发布，需重新评分");
        await Page.ClickAsync("[data-testid=evaluation-reason-confirm]");
        await Expect(Page.Locator("[data-testid=evaluation-detail-status]")).Not.ToHaveTextAsync("已定稿");

        // finance1 finds the settlement held by the system for that reason: it cannot be approved, and its release says why not.
        await SignInAsAsync("finance1");
        await Page.GotoAsync(settlementPath);
        await Expect(Page.Locator("[data-testid=settlement-detail-status]")).ToHaveTextAsync("暂缓");
        await WaitForInteractiveAsync();
        await Expect(Page.Locator("[data-testid=settlement-hold-reason]")).ToHaveTextAsync("考核已重新打开");
        await Expect(Page.Locator("[data-testid=settlement-approve]")).ToHaveCountAsync(0);
        await Expect(Page.Locator("[data-testid=settlement-mark-paid]")).ToHaveCountAsync(0);
        await Expect(Page.Locator("[data-testid=settlement-release]")).ToBeDisabledAsync();
        await Expect(Page.Locator("[data-testid=settlement-release-unmet]")).ToHaveTextAsync("解除暂缓暂不能办理：本月考核已定稿（未被重新打开）");
    }
}
