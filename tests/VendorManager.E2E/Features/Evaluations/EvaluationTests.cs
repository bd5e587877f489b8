using System.Globalization;

namespace VendorManager.E2E.Features.Evaluations;

public sealed class EvaluationTests(E2EApp e2e) : PageTest(e2e)
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).DateTime);

    /// <summary>The month being scored now: last month, opened (not started) in the demo data.</summary>
    private static readonly string LastMonth = new DateOnly(Today.Year, Today.Month, 1).AddMonths(-1).ToString("yyyy-MM", CultureInfo.InvariantCulture);

    private async Task SignInAsAsync(string userName)
    {
        await SwitchUserAsync(userName);
        await ExpectAtAsync("/");
    }

    private async Task OpenAsync(string path, string readySelector)
    {
        await Page.GotoAsync(path);
        await Expect(Page.Locator(readySelector)).ToBeVisibleAsync();
        await WaitForInteractiveAsync();
    }

    private async Task ConfirmAsync() =>
        await Page.Locator(".mud-dialog .mud-button-root").Filter(new() { HasText = "确定" }).ClickAsync();

    private async Task PressWithReasonAsync(string action, string reason)
    {
        await Page.ClickAsync($"[data-testid=evaluation-action-{action}]");
        await Page.FillAsync("[data-testid=evaluation-reason]", reason);
        await Page.ClickAsync("[data-testid=evaluation-reason-confirm]");
    }

    /// <summary>From the evaluation's page, opens the scoring form and types each indicator's points.</summary>
    private async Task ScoreAsync(params (string Code, string Points)[] lines)
    {
        await WaitForInteractiveAsync();
        await Page.ClickAsync("[data-testid=evaluation-edit]");
        await Expect(Page.Locator("[data-testid=evaluation-running-total]")).ToBeVisibleAsync();
        await WaitForInteractiveAsync();
        foreach (var (code, points) in lines)
        {
            await Page.FillAsync($"[data-testid=evaluation-points-input-{code}]", points);
            await Page.Keyboard.PressAsync("Tab");
        }
    }

    [Fact]
    public async Task Unit1_scores_unit1head_confirms_agency1_appeals_unit1head_rejects_and_the_evaluation_is_final_with_its_band()
    {
        // unit1 finds last month's evaluation of CG-2026-001 not started in its queue and scores it.
        await SignInAsAsync(DemoUsers.HostUnit);
        await OpenAsync("/evaluations", "[data-testid=evaluation-queue-title]");
        var link = Page.Locator($"[data-testid=evaluation-open-CG-2026-001-{LastMonth}]");
        await Expect(link).ToBeVisibleAsync();
        await link.ClickAsync();
        // Not started, and past the 10th also overdue.
        await Expect(Page.Locator("[data-testid=evaluation-detail-status]")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("未开始|逾期"));
        var detailPath = new Uri(Page.Url).AbsolutePath;
        await ScoreAsync(("CONTENT", "27.5"), ("UPKEEP", "20"), ("INTERACTION", "18"), ("REVIEW", "20"), ("SECURITY", "10"));

        // The running total follows the typing: 95.50, band [90, 100] at 100 %.
        await Expect(Page.Locator("[data-testid=evaluation-running-total]")).ToHaveTextAsync("95.50");
        await Expect(Page.Locator("[data-testid=evaluation-running-band]")).ToContainTextAsync("[90, 100]");
        await Page.ClickAsync("[data-testid=evaluation-add-deduction]");
        await ChooseAsync("evaluation-deduction-category-0", "审核把关不严");
        await Page.FillAsync("[data-testid=evaluation-deduction-count-0]", "2");
        await Page.Keyboard.PressAsync("Tab");
        await Page.FillAsync("[data-testid=evaluation-deduction-description-0]", "两篇推文出现错别字");
        await Page.FillAsync("[data-testid=evaluation-deduction-evidence-0]", "https://mp.weixin.qq.com/s/e2e");
        await Page.Keyboard.PressAsync("Tab");
        await Expect(Page.Locator("[data-testid=evaluation-running-total]")).ToHaveTextAsync("89.50");
        await Expect(Page.Locator("[data-testid=evaluation-running-band]")).ToContainTextAsync("[80, 90)");
        await Page.ClickAsync("[data-testid=evaluation-save]");

        await ExpectAtAsync(detailPath);
        await Expect(Page.Locator("[data-testid=evaluation-total]")).ToHaveTextAsync("89.50");
        await WaitForInteractiveAsync();
        await Page.ClickAsync("[data-testid=evaluation-action-Submit]");
        await ConfirmAsync();
        await Expect(Page.Locator("[data-testid=evaluation-detail-status]")).ToHaveTextAsync("已提交");
        // The submitter is not offered the confirmation.
        await Expect(Page.Locator("[data-testid=evaluation-action-Confirm]")).ToHaveCountAsync(0);

        // unit1head confirms.
        await SignInAsAsync(DemoUsers.HostUnitHead);
        await OpenAsync(detailPath, "[data-testid=evaluation-action-Confirm]");
        await Page.ClickAsync("[data-testid=evaluation-action-Confirm]");
        await ConfirmAsync();
        await Expect(Page.Locator("[data-testid=evaluation-detail-status]")).ToHaveTextAsync("已确认");
        await Expect(Page.Locator("[data-testid=evaluation-appeal-deadline]")).ToBeVisibleAsync();

        // agency1 appeals within the window.
        await SignInAsAsync(DemoUsers.Agency1);
        await OpenAsync(detailPath, "[data-testid=evaluation-action-Appeal]");
        await PressWithReasonAsync("Appeal", "其中一篇推文经主办单位审核后发布");
        await Expect(Page.Locator("[data-testid=evaluation-detail-status]")).ToHaveTextAsync("申诉中");

        // unit1 submitted the score, so it is not offered the appeal's decision; unit1head rejects the appeal
        // with a reason: the evaluation is final, in the 95 % band.
        await SignInAsAsync(DemoUsers.HostUnit);
        await Page.GotoAsync(detailPath);
        await Expect(Page.Locator("[data-testid=evaluation-detail-status]")).ToHaveTextAsync("申诉中");
        await Expect(Page.Locator("[data-testid=evaluation-action-RejectAppeal]")).ToHaveCountAsync(0);
        await SignInAsAsync(DemoUsers.HostUnitHead);
        await OpenAsync(detailPath, "[data-testid=evaluation-action-RejectAppeal]");
        await Expect(Page.Locator("[data-testid=evaluation-appeal]")).ToContainTextAsync("其中一篇推文经主办单位审核后发布");
        await PressWithReasonAsync("RejectAppeal", "两篇推文均由代运营机构编辑发布，扣分维持");

        await Expect(Page.Locator("[data-testid=evaluation-detail-status]")).ToHaveTextAsync("已定稿");
        await Expect(Page.Locator("[data-testid=evaluation-total]")).ToHaveTextAsync("89.50");
        await Expect(Page.Locator("[data-testid=evaluation-band]")).ToContainTextAsync("[80, 90)");
        await Expect(Page.Locator("[data-testid=evaluation-band]")).ToContainTextAsync("95%");
        await Expect(Page.Locator("[data-testid=evaluation-appeal-answer]")).ToContainTextAsync("扣分维持");
        await Expect(Page.Locator("[data-testid=evaluation-appeal-answer]")).ToContainTextAsync("王强（城关镇人民政府）");
        await Expect(Page.Locator("[data-testid^=evaluation-action-]")).ToHaveCountAsync(0);
        // The history names the people who scored and appealed, not their logins.
        var history = Page.Locator("[data-testid=evaluation-history]");
        await Expect(history).ToContainTextAsync("周强（杭州清风网络传媒有限公司）");
        await Expect(history).ToContainTextAsync("李娜（城关镇人民政府）");
        await Expect(history).Not.ToContainTextAsync("unit1");
    }

    [Fact]
    public async Task Agency2_accepts_its_confirmed_score_without_objection_it_is_final_at_once_and_finance_finds_the_settlement_to_approve()
    {
        // unit2 scores last month's evaluation of JY-2026-001 (full marks but one point) and submits it; the county confirms.
        await SignInAsAsync("unit2");
        await OpenAsync("/evaluations", "[data-testid=evaluation-queue-title]");
        await Page.ClickAsync($"[data-testid=evaluation-open-JY-2026-001-{LastMonth}]");
        await Expect(Page.Locator("[data-testid=evaluation-edit]")).ToBeVisibleAsync();
        var detailPath = new Uri(Page.Url).AbsolutePath;
        await ScoreAsync(("CONTENT", "29"), ("UPKEEP", "20"), ("INTERACTION", "20"), ("REVIEW", "20"), ("SECURITY", "10"));

        await Expect(Page.Locator("[data-testid=evaluation-running-total]")).ToHaveTextAsync("99.00");
        await Page.ClickAsync("[data-testid=evaluation-save]");
        await ExpectAtAsync(detailPath);
        await WaitForInteractiveAsync();
        await Page.ClickAsync("[data-testid=evaluation-action-Submit]");
        await ConfirmAsync();
        await Expect(Page.Locator("[data-testid=evaluation-detail-status]")).ToHaveTextAsync("已提交");

        await SignInAsAsync(DemoUsers.Supervisor);
        await OpenAsync(detailPath, "[data-testid=evaluation-action-Confirm]");
        await Page.ClickAsync("[data-testid=evaluation-action-Confirm]");
        await ConfirmAsync();
        await Expect(Page.Locator("[data-testid=evaluation-detail-status]")).ToHaveTextAsync("已确认");

        // agency2 has no objection: one press, and the month is final, with its step in the history.
        await SignInAsAsync(DemoUsers.Agency2);
        await OpenAsync(detailPath, "[data-testid=evaluation-action-Accept]");
        await Expect(Page.Locator("[data-testid=evaluation-action-Accept]")).ToHaveTextAsync("无异议");
        await Page.ClickAsync("[data-testid=evaluation-action-Accept]");
        await ConfirmAsync();
        await Expect(Page.Locator("[data-testid=evaluation-detail-status]")).ToHaveTextAsync("已定稿");
        await Expect(Page.Locator("[data-testid=evaluation-history]")).ToContainTextAsync("无异议");
        await Expect(Page.Locator("[data-testid^=evaluation-action-]")).ToHaveCountAsync(0);

        // County finance finds last month's settlement of JY-2026-001, computed from the 99 points, waiting for approval.
        await SignInAsAsync("finance");
        await Page.GotoAsync($"/settlements?month={LastMonth}");
        var link = Page.Locator("[data-testid^=settlement-link-]").Filter(new() { HasText = "JY-2026-001" });
        await Expect(link).ToHaveCountAsync(1);
        await WaitForInteractiveAsync();
        await link.ClickAsync();
        await Expect(Page.Locator("[data-testid=settlement-detail-status]")).ToHaveTextAsync("待审核");
        await Expect(Page.Locator("[data-testid=settlement-approve]")).ToBeEnabledAsync();
    }
}
