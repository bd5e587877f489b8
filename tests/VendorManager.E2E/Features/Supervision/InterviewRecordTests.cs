using System.Text.RegularExpressions;

namespace VendorManager.E2E.Features.Supervision;

/// <summary>
/// Issue 25: an interview (约谈) is recorded with its commitments and printed as a record by the county office; the unit
/// interviewed opens and prints it, read only; another unit does not find it. On an app of its own: the new interview
/// heads the list that SupervisionPagesTests reads.
/// </summary>
public sealed partial class InterviewRecordTests(E2EApp e2e, SeparateApp app) : PageTest(e2e, app.Server), IClassFixture<SeparateApp>
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).DateTime);

    [Fact]
    public async Task The_county_records_an_interview_with_a_commitment_and_prints_it_and_unit1_opens_it_read_only()
    {
        var person = "赵" + Guid.NewGuid().ToString("N")[..4];
        await SignInAsync(DemoUsers.Supervisor);
        await Page.GotoAsync("/interviews");
        await Expect(Page.Locator("[data-testid=interviews-create]")).ToBeVisibleAsync();
        await WaitForInteractiveAsync();
        await Page.ClickAsync("[data-testid=interviews-create]");
        await Expect(Page.Locator("[data-testid=interview-dialog]")).ToBeVisibleAsync();
        await ChooseAsync("interview-unit", "城关镇人民政府");
        await Page.FillAsync("[data-testid=interview-person]", person);
        await Page.FillAsync("[data-testid=interview-post]", "分管副镇长");
        await Page.FillAsync("[data-testid=interview-reason]", "政务新媒体审核把关不严");
        await Page.ClickAsync("[data-testid=interview-save]");
        await Expect(Page.Locator("[data-testid=interview-dialog]")).ToHaveCountAsync(0);

        var open = Page.Locator("[data-testid^=interview-open-]").Filter(new() { HasText = person });
        await open.ClickAsync();
        await Expect(Page).ToHaveURLAsync(InterviewPage());
        var id = InterviewPage().Match(Page.Url).Groups[1].Value;
        await Expect(Page.Locator("[data-testid=interview-persons]")).ToContainTextAsync(person);
        await WaitForInteractiveAsync();

        await Page.ClickAsync("[data-testid=interview-writeup]");
        await Page.FillAsync("[data-testid=writeup-place]", "县政府办三楼会议室");
        await Page.FillAsync("[data-testid=writeup-interviewers]", "陈明、张伟");
        await Page.FillAsync("[data-testid=writeup-minutes]", "一、通报问题。\n\n二、提出整改要求。");
        await Page.ClickAsync("[data-testid=writeup-save]");
        await Expect(Page.Locator("[data-testid=interview-writeup-form]")).ToHaveCountAsync(0);
        await Expect(Page.Locator("[data-testid=interview-place]")).ToHaveTextAsync("县政府办三楼会议室");
        await Expect(Page.Locator("[data-testid=interview-minutes] p")).ToHaveCountAsync(2);

        await Page.FillAsync("[data-testid=commitment-text]", "十日内建立稿件三审三校台账");
        await Page.FillAsync("[data-testid=commitment-deadline]", Today.AddDays(10).ToString("yyyy-MM-dd"));
        await Page.Keyboard.PressAsync("Tab");
        await Page.ClickAsync("[data-testid=commitment-add]");
        var commitment = Page.Locator("[data-testid^=commitment-]").Filter(new() { HasText = "十日内建立稿件三审三校台账" });
        await Expect(commitment.Locator("[data-testid=commitment-state]")).ToHaveTextAsync("未完成");

        await Page.ClickAsync("[data-testid=interview-print]");
        await ExpectAtAsync($"/interviews/{id}/print");
        await Expect(Page.Locator("[data-testid=interview-print-title]")).ToHaveTextAsync("约谈记录");
        await Expect(Page.Locator("[data-testid=interview-print-persons]")).ToContainTextAsync(person);
        await Expect(Page.Locator("[data-testid=interview-print-commitments]")).ToContainTextAsync("十日内建立稿件三审三校台账");
        await Expect(Page.Locator("[data-testid=print-button]")).ToBeVisibleAsync();

        await SwitchUserAsync(DemoUsers.HostUnit);
        await Page.GotoAsync($"/interviews/{id}");
        await Expect(Page.Locator("[data-testid=interview-persons]")).ToContainTextAsync(person);
        await Expect(commitment.Locator("[data-testid=commitment-state]")).ToHaveTextAsync("未完成");
        await Expect(Page.Locator("[data-testid=interview-writeup]")).ToHaveCountAsync(0);
        await Expect(Page.Locator("[data-testid=commitment-add]")).ToHaveCountAsync(0);
        await Expect(Page.Locator("[data-testid^=commitment-complete-]")).ToHaveCountAsync(0);
        await Page.GotoAsync($"/interviews/{id}/print");
        await Expect(Page.Locator("[data-testid=interview-print-persons]")).ToContainTextAsync(person);

        await SwitchUserAsync(DemoUsers.OtherHostUnit);
        await Page.GotoAsync($"/interviews/{id}");
        await Expect(Page.Locator("[data-testid=interview-error]")).ToHaveTextAsync("记录不存在或您无权访问。");
        await Expect(Page.Locator("[data-testid=interview-persons]")).ToHaveCountAsync(0);
    }

    [GeneratedRegex(@"/interviews/(\d+)$")]
    private static partial Regex InterviewPage();
}
