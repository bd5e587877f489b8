using System.Globalization;
using System.Text.RegularExpressions;

namespace VendorManager.E2E.Features.Posts;

/// <summary>
/// Issue 26: publish after review (先审后发) in the browser. agency1 enters a 重要 post for its editor on CG-2026-001
/// (城关镇) with a wrong fixed expression of the starter word list and a resident ID number; the machine check marks
/// both as the text is typed and on the saved post; the corrected expression still leaves the number blocking the
/// 初审 until it is corrected too; the 初审 (entered by the agency for its reviewer) and unit1's 复审 pass it with
/// the six checks (unit1 sees the picture the agency attached to the draft), only unit1head takes the 终审, and the agency
/// records the approved post as published, reviewed before publishing. On an app of its own, since it adds a post to the demo's queues.
/// </summary>
public sealed partial class PostReviewTests(E2EApp e2e, SeparateApp app) : PageTest(e2e, app.Server), IClassFixture<SeparateApp>
{
    private const string Title = "城关镇推进农产品外销合作";

    // 严重表述错误 in the starter list (src/VendorManager.Web/Features/WordLists/StarterWordList.csv), and its right form.
    private const string WrongExpression = "一路一带";
    private const string RightExpression = "一带一路";

    // GB 11643: the check character X is right for these seventeen digits.
    private const string IdNumber = "11010519491231002X";

    private const string Picture = "现场照片.png";

    private const string OnePixelPng = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==";

    private static readonly string[] SixChecks = ["政治关", "法律关", "政策关", "保密关", "文字关", "舆情关"];

    private static string Body(string expression, bool withNumber) =>
        $"城关镇积极参与{expression}建设，推动特色农产品走出去。" + (withNumber ? $"\n联系人身份证号：{IdNumber}。" : "\n欢迎企业来电咨询。");

    [Fact]
    public async Task A_post_with_a_wrong_expression_and_an_id_number_is_corrected_then_passes_three_levels_and_only_the_unit_head_takes_the_final_review()
    {
        await SignInAsync(DemoUsers.Agency1);
        await Page.GotoAsync("/posts/new");
        await Expect(Page.Locator("[data-testid=post-new-title]")).ToBeVisibleAsync();
        await WaitForInteractiveAsync();

        await Page.FillAsync("[data-testid=post-title]", Title);
        await Page.FillAsync("[data-testid=post-body]", Body(WrongExpression, withNumber: true));
        var live = Page.Locator("[data-testid=live-body] mark.hit-blocking");
        await Expect(live).ToHaveTextAsync([WrongExpression, IdNumber]);
        await Expect(live.First).ToHaveAttributeAsync("data-category", "SeriousMisstatement");
        await Expect(live.Last).ToHaveAttributeAsync("data-category", "PersonalInformation");

        await Page.ClickAsync("[data-testid=post-planned-date]");
        await Page.Locator(".mud-popover-open button.mud-day:not(.mud-hidden)").Filter(new() { HasTextRegex = DayTwentyEight() }).ClickAsync();
        await Expect(Page.Locator(".mud-popover-open")).ToHaveCountAsync(0);
        await Page.Locator("[data-testid=post-importance]").GetByLabel("重要", new() { Exact = true }).CheckAsync();
        await Page.ClickAsync("[data-testid=post-save]");

        await Expect(Page.Locator("[data-testid=post-state]")).ToHaveTextAsync("草稿");
        var postPath = new Uri(Page.Url).AbsolutePath;
        Assert.Matches("^/posts/[0-9]+$", postPath);
        var saved = Page.Locator("[data-testid=post-checked-body] mark.hit-blocking");
        await Expect(saved).ToHaveTextAsync([WrongExpression, IdNumber]);
        await Expect(saved.First).ToHaveAttributeAsync("title", new Regex("严重表述错误.*" + RightExpression));

        // A picture goes with the draft and is reviewed with it.
        await WaitForInteractiveAsync();
        await ChooseFileAsync("[data-testid=post-attach] input[type=file]", new FilePayload { Name = Picture, MimeType = "image/png", Buffer = Convert.FromBase64String(OnePixelPng) });
        await Expect(Page.Locator("[data-testid=post-attachments] img")).ToHaveAttributeAsync("alt", Picture);

        // The expression corrected: the number still stands, and the 初审 cannot pass it.
        await SaveBodyAsync(Body(RightExpression, withNumber: true), "参与" + RightExpression);
        await Expect(saved).ToHaveTextAsync([IdNumber]);
        await Page.ClickAsync("[data-testid=post-submit]");
        await Expect(Page.Locator("[data-testid=post-state]")).ToHaveTextAsync("初审中");
        await Expect(Page.Locator("[data-testid=post-attach]")).ToHaveCountAsync(0);
        await TickAsync(SixChecks);
        await Expect(Page.Locator("[data-testid=post-unmet]")).ToHaveTextAsync("当前文本无阻断性命中，或复审已书面放行");
        await Expect(Page.Locator("[data-testid=post-approve]")).ToBeDisabledAsync();

        await Page.FillAsync("[data-testid=post-reason]", "请删除联系人身份证号码");
        await Page.ClickAsync("[data-testid=post-return]");
        await Expect(Page.Locator("[data-testid=post-state]")).ToHaveTextAsync("被退回");
        await Expect(Page.Locator("[data-testid=post-return-reason]")).ToContainTextAsync("请删除联系人身份证号码");
        await SaveBodyAsync(Body(RightExpression, withNumber: false), "欢迎企业来电咨询");
        await Expect(saved).ToHaveCountAsync(0);
        await Page.ClickAsync("[data-testid=post-submit]");
        await Expect(Page.Locator("[data-testid=post-state]")).ToHaveTextAsync("初审中");
        await TickAsync(SixChecks);
        await Expect(Page.Locator("[data-testid=post-unmet]")).ToHaveCountAsync(0);
        await Page.ClickAsync("[data-testid=post-approve]");
        await Expect(Page.Locator("[data-testid=post-state]")).ToHaveTextAsync("复审中");

        // 复审 by unit1: a check left unticked is refused by name; all six pass it on to the head.
        await SwitchUserAsync(DemoUsers.HostUnit);
        await OpenAsync(postPath, "复审中");
        await Expect(Page.Locator("[data-testid=post-attachments] img")).ToHaveJSPropertyAsync("naturalWidth", 1);
        await Expect(Page.Locator("[data-testid=post-attachments] button")).ToHaveCountAsync(0);
        await TickAsync(SixChecks[..5]);
        await Page.ClickAsync("[data-testid=post-approve]");
        await Expect(Page.Locator(".mud-snackbar")).ToContainTextAsync("六关须全部勾选后才能通过，尚未勾选：舆情关。");
        await Expect(Page.Locator("[data-testid=post-state]")).ToHaveTextAsync("复审中");
        await TickAsync("舆情关");
        await Page.ClickAsync("[data-testid=post-approve]");
        await Expect(Page.Locator("[data-testid=post-state]")).ToHaveTextAsync("终审中");
        await Expect(Page.Locator("[data-testid=post-review-panel]")).ToHaveCountAsync(0);

        // 终审: in unit1head's queue on the home page, and only there.
        await SwitchUserAsync(DemoUsers.HostUnitHead);
        await Page.GotoAsync("/");
        var queue = Page.Locator("[data-testid=pending-list] a").Filter(new() { HasText = "待终审" });
        await Expect(queue).ToBeVisibleAsync();
        await WaitForInteractiveAsync();
        await queue.ClickAsync();
        await ExpectAtAsync("/posts?state=FinalReview");
        var link = Page.Locator("[data-testid=posts-grid] a").Filter(new() { HasText = Title });
        await Expect(link).ToBeVisibleAsync();
        await WaitForInteractiveAsync();
        await link.ClickAsync();
        await Expect(Page.Locator("[data-testid=post-state]")).ToHaveTextAsync("终审中");
        await WaitForInteractiveAsync();
        await TickAsync(SixChecks);
        await Page.ClickAsync("[data-testid=post-approve]");
        await Expect(Page.Locator("[data-testid=post-state]")).ToHaveTextAsync("审核通过");
        await Expect(Page.Locator("[data-testid=post-reviews] tbody tr")).ToHaveCountAsync(4);
        await Expect(Page.Locator("[data-testid=post-reviews] tbody tr").Last).ToContainTextAsync("终审");

        // Approved after the three levels, the agency records where and when it went out: published after review.
        await SwitchUserAsync(DemoUsers.Agency1);
        await OpenAsync(postPath, "审核通过");
        var address = $"https://mp.weixin.qq.com/s/e2e-review-{Guid.NewGuid():N}";
        await Page.FillAsync("[data-testid=post-publish-address]", address);
        await Page.FillAsync("[data-testid=post-publish-time]", DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture));
        await Page.ClickAsync("[data-testid=post-publish]");
        await Expect(Page.Locator("[data-testid=post-state]")).ToHaveTextAsync("已发布");
        await Expect(Page.Locator("[data-testid=post-publication-address]")).ToHaveTextAsync(address);
        await Expect(Page.Locator("[data-testid=post-publication-review]")).ToHaveTextAsync("先审后发");
    }

    private async Task OpenAsync(string path, string state)
    {
        await Page.GotoAsync(path);
        await Expect(Page.Locator("[data-testid=post-state]")).ToHaveTextAsync(state);
        await WaitForInteractiveAsync();
    }

    /// <summary>Edits the body and saves once the live check shows the new text (<paramref name="newPart"/>), as the author sees it checked.</summary>
    private async Task SaveBodyAsync(string body, string newPart)
    {
        await Page.ClickAsync("[data-testid=post-edit]");
        await Page.FillAsync("[data-testid=post-body]", body);
        await Expect(Page.Locator("[data-testid=live-body]")).ToContainTextAsync(newPart);
        await Page.ClickAsync("[data-testid=post-save]");
        await Expect(Page.Locator(".mud-snackbar").Filter(new() { HasText = "已保存，并已重新纠错" }).Last).ToBeVisibleAsync();
        await Expect(Page.Locator("[data-testid=post-edit]")).ToBeVisibleAsync();
    }

    private async Task TickAsync(params string[] checks)
    {
        var panel = Page.Locator("[data-testid=post-review-panel]");
        foreach (var check in checks)
        {
            await panel.GetByLabel(check, new() { Exact = true }).CheckAsync();
        }
    }

    [GeneratedRegex("^\\s*28\\s*$")]
    private static partial Regex DayTwentyEight();
}
