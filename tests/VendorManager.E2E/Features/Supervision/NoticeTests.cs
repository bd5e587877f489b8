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
        var id = NoticePage().Match(Page.Url).Groups[1].Value;
        await Expect(Page.Locator("[data-testid=notice-issue]")).ToBeVisibleAsync();
        await WaitForInteractiveAsync();
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

    [GeneratedRegex(@"/notices/(\d+)$")]
    private static partial Regex NoticePage();
}
