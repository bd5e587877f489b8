using System.Globalization;

namespace VendorManager.E2E.Features.Evaluations;

/// <summary>A post published without review (未经审核发布) turns up on the month's evaluation form as a proposed deduction and is taken over.</summary>
public sealed class PostDeductionTests(E2EApp e2e, SeparateApp app) : PageTest(e2e, app.Server), IClassFixture<SeparateApp>
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).DateTime);

    private static readonly string LastMonth = new DateOnly(Today.Year, Today.Month, 1).AddMonths(-1).ToString("yyyy-MM", CultureInfo.InvariantCulture);

    private const string ImportedTitle = "城关镇传达学习村级财务管理规定";

    private const string ImportedAddress = "https://mp.weixin.qq.com/s/demo-chengguan-finance";

    [Fact]
    public async Task Unit1_sees_the_months_review_figures_takes_over_the_imported_unreviewed_post_and_the_deduction_names_it()
    {
        await SwitchUserAsync(DemoUsers.HostUnit);
        await ExpectAtAsync("/");
        await Page.GotoAsync("/evaluations");
        await Expect(Page.Locator("[data-testid=evaluation-queue-title]")).ToBeVisibleAsync();
        await WaitForInteractiveAsync();
        await Page.ClickAsync($"[data-testid=evaluation-open-CG-2026-001-{LastMonth}]");
        await Expect(Page.Locator("[data-testid=evaluation-detail-status]")).ToBeVisibleAsync();
        var detailPath = new Uri(Page.Url).AbsolutePath;
        await WaitForInteractiveAsync();
        await Page.ClickAsync("[data-testid=evaluation-edit]");
        await Expect(Page.Locator("[data-testid=evaluation-running-total]")).ToBeVisibleAsync();
        await WaitForInteractiveAsync();

        // Beside 审核把关: the demo's two posts published without review, one of them carrying a blocking hit.
        var figures = Page.Locator("[data-testid=evaluation-review-counts]");
        await Expect(figures).ToContainTextAsync("未经审核发布 2 篇");
        await Expect(figures).ToContainTextAsync("已发布的阻断性纠错命中 1 处");

        var proposal = Page.Locator("[data-testid^=evaluation-proposal-post-]").Filter(new() { HasText = ImportedTitle });
        await Expect(proposal).ToContainTextAsync("审核把关不严");
        await Expect(proposal).ToContainTextAsync("无审核通过的稿件");
        await proposal.Locator("[data-testid^=evaluation-take-post-]").ClickAsync();
        await Expect(proposal.Locator("[data-testid^=evaluation-take-post-]")).ToBeDisabledAsync();
        var evidence = Page.Locator("[data-testid^=evaluation-deduction-evidence-]").Last;
        await Expect(evidence).ToHaveValueAsync(new System.Text.RegularExpressions.Regex(System.Text.RegularExpressions.Regex.Escape(ImportedAddress)));
        await Page.ClickAsync("[data-testid=evaluation-save]");

        await ExpectAtAsync(detailPath);
        var deductions = Page.Locator("[data-testid=evaluation-deductions]");
        await Expect(deductions).ToContainTextAsync(ImportedTitle);
        await Expect(deductions).ToContainTextAsync(ImportedAddress);
    }
}
