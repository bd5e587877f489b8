using System.Text.RegularExpressions;

namespace VendorManager.E2E.Features.Supervision;

/// <summary>DOMAIN.md, "What one change does to the others": an issued notice (通报) reaches the units it names, and only them.</summary>
public sealed partial class NoticeTests(E2EApp e2e) : PageTest(e2e)
{
    private const string Unit1 = "城关镇人民政府";

    [Fact]
    public async Task The_county_issues_a_numbered_notice_naming_unit1_which_is_notified_and_opens_it_the_county_seeing_the_receipt_while_unit2_cannot()
    {
        var title = "关于城关镇政务新媒体整改情况的通报（" + Guid.NewGuid().ToString("N")[..6] + "）";
        await SignInAsync(DemoUsers.Supervisor);
        var id = await DraftNamingUnit1Async(title);
        await Page.ClickAsync("[data-testid=notice-issue]");
        await Page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "印发", Exact = true }).ClickAsync();
        await Expect(Page.Locator("[data-testid=notice-issued]")).ToBeVisibleAsync();
        await Expect(Page.Locator("[data-testid=notice-issue]")).ToHaveCountAsync(0);
        await Expect(Page.Locator("[data-testid=notice-issued-by]")).ToContainTextAsync(new Regex(@"示范政办通〔\d{4}〕\d+号"));
        await Expect(Page.Locator("[data-testid=notice-reading-0] [data-testid=notice-reading-unread]")).ToBeVisibleAsync();

        await SwitchUserAsync(DemoUsers.HostUnit);
        await Page.GotoAsync("/notifications");
        var told = Page.Locator("[data-testid=notifications-grid] a").Filter(new() { HasText = title });
        await Expect(told).ToBeVisibleAsync();
        await WaitForInteractiveAsync();
        await told.ClickAsync();
        await ExpectAtAsync($"/notices/{id}/read");
        await Expect(Page.Locator("[data-testid=notice-print-title]")).ToHaveTextAsync(title);
        await Expect(Page.Locator("[data-testid=notice-print-entry]")).ToContainTextAsync(Unit1);
        await Expect(Page.Locator("[data-testid=notice-print-number]")).ToHaveTextAsync(new Regex(@"^示范政办通〔\d{4}〕\d+号$"));
        await Page.GotoAsync("/notices/named");
        await Expect(Page.Locator($"[data-testid=named-notice-link-{id}]")).ToHaveTextAsync(title);

        await SwitchUserAsync(DemoUsers.OtherHostUnit);
        await Page.GotoAsync($"/notices/{id}/read");
        await Expect(Page.Locator("[data-testid=notice-error]")).ToHaveTextAsync("记录不存在或您无权访问。");
        await Expect(Page.Locator("[data-testid=notice-print-page]")).ToHaveCountAsync(0);
        await Page.GotoAsync($"/notices/{id}");
        await Expect(Page.Locator("[data-testid=access-denied]")).ToContainTextAsync("您没有访问此页面的权限");

        await SwitchUserAsync(DemoUsers.Supervisor);
        await Page.GotoAsync($"/notices/{id}");
        await Expect(Page.Locator("[data-testid=notice-reading-0] [data-testid=notice-reader]")).ToContainTextAsync("已阅");
        await Expect(Page.Locator("[data-testid=notice-reading-0] [data-testid=notice-reading-unread]")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task The_county_asks_unit1_for_a_rectification_reply_which_unit1_reads_and_writes_and_the_county_sees_and_accepts()
    {
        var title = "关于城关镇整改回复的通报（" + Guid.NewGuid().ToString("N")[..6] + "）";
        await SignInAsync(DemoUsers.Supervisor);
        var id = await DraftNamingUnit1Async(title);
        await Page.ClickAsync("[data-testid=notice-issue]");
        var dialog = Page.Locator("[data-testid=notice-issue-dialog]");
        await dialog.GetByLabel("要求整改回复").CheckAsync();
        // The due day the working-day calendar proposes, which must lie after today.
        await Expect(dialog.Locator("input[data-testid=notice-reply-due], [data-testid=notice-reply-due] input")).ToHaveValueAsync(new Regex(@"^\d{4}-\d{2}-\d{2}$"));
        await Page.ClickAsync("[data-testid=notice-issue-confirm]");
        await Expect(Page.Locator("[data-testid=notice-issued]")).ToBeVisibleAsync();
        var replies = Page.Locator("[data-testid=notice-replies] tbody tr");
        await Expect(replies).ToHaveCountAsync(1);
        await Expect(replies.First).ToContainTextAsync(Unit1);
        await Expect(replies.First.Locator("[data-testid=reply-state]")).ToHaveTextAsync("待回复");

        // Unit1 is told, reads the notice, and finds what it owes.
        await SwitchUserAsync(DemoUsers.HostUnit);
        await Page.GotoAsync("/notifications");
        var told = Page.Locator("[data-testid=notifications-grid] a").Filter(new() { HasText = title });
        await Expect(told).ToBeVisibleAsync();
        await WaitForInteractiveAsync();
        await told.ClickAsync();
        await ExpectAtAsync($"/notices/{id}/read");
        await Expect(Page.Locator("[data-testid=notice-reply-required]")).ToContainTextAsync("整改回复");
        await Page.ClickAsync("[data-testid=notice-reply-required] [data-testid=notice-reply-open]");
        await Expect(Page).ToHaveURLAsync(new Regex(@"/notice-replies/\d+$"));
        var replyPath = new Uri(Page.Url).AbsolutePath;
        await Expect(Page.Locator("[data-testid=reply-status]")).ToContainTextAsync("待回复");
        await WaitForInteractiveAsync();
        await Page.ClickAsync("[data-testid=reply-write]");
        await Page.FillAsync("[data-testid=submit-explanation]", "已更正推文并约谈代运营机构，建立三审三校台账。");
        await Page.ClickAsync("[data-testid=submit-save]");
        await Expect(Page.Locator("[data-testid=reply-status]")).ToContainTextAsync("已回复");
        await Expect(Page.Locator("[data-testid=reply-write]")).ToHaveCountAsync(0);

        // The county sees the read receipt and the reply, opens it and accepts it.
        await SwitchUserAsync(DemoUsers.Supervisor);
        await Page.GotoAsync($"/notices/{id}");
        await Expect(Page.Locator("[data-testid=notice-reading-0] [data-testid=notice-reader]")).ToContainTextAsync("已阅");
        await Expect(replies.First.Locator("[data-testid=reply-state]")).ToHaveTextAsync("已回复");
        await Expect(replies.First).ToContainTextAsync("李娜");
        await WaitForInteractiveAsync();
        await replies.First.Locator("[data-testid=notice-reply-open]").ClickAsync();
        await ExpectAtAsync(replyPath);
        await Expect(Page.Locator("[data-testid=reply-statement]")).ToHaveTextAsync("已更正推文并约谈代运营机构，建立三审三校台账。");
        await WaitForInteractiveAsync();
        await Page.ClickAsync("[data-testid=reply-accept]");
        await Expect(Page.Locator("[data-testid=reply-status]")).ToContainTextAsync("已认可");
        await Expect(Page.Locator("[data-testid=reply-accept]")).ToHaveCountAsync(0);
    }

    /// <summary>A new notice pre-filled from the rectification list, kept to unit1 alone and saved; its id, on its page.</summary>
    private async Task<string> DraftNamingUnit1Async(string title)
    {
        await Page.GotoAsync("/notices/new");
        var named = Page.Locator("input[data-testid^=notice-entry-named-]");
        await Expect(named.First).ToBeVisibleAsync();
        await WaitForInteractiveAsync();
        await Page.FillAsync("[data-testid=notice-title-input]", title);
        // Pre-filled from the rectification list; keep unit1 alone, from the last entry back so the indexes hold.
        for (var i = await named.CountAsync() - 1; i >= 0; i--)
        {
            if (await named.Nth(i).InputValueAsync() != Unit1)
            {
                await Page.ClickAsync($"[data-testid=notice-entry-remove-{i}]");
            }
        }

        await Expect(named).ToHaveCountAsync(1);
        await Expect(named.First).ToHaveValueAsync(Unit1);
        await Page.ClickAsync("[data-testid=notice-save]");
        await Expect(Page).ToHaveURLAsync(NoticePage());
        await Expect(Page.Locator("[data-testid=notice-issue]")).ToBeVisibleAsync();
        await WaitForInteractiveAsync();
        return NoticePage().Match(Page.Url).Groups[1].Value;
    }

    [GeneratedRegex(@"/notices/(\d+)$")]
    private static partial Regex NoticePage();
}
