using System.Globalization;

namespace VendorManager.E2E.Features.Contracts;

public sealed class ContractTests(E2EApp e2e) : PageTest(e2e)
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).DateTime);

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

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

    private async Task AssignAsync(string post, string name)
    {
        await Page.ClickAsync("[data-testid=contract-assign]");
        await ChooseAsync("assign-post", post);
        await ChooseAsync("assign-person", name);
        await Page.ClickAsync("[data-testid=assign-save]");
        await Expect(Page.Locator("[data-testid=assign-dialog]")).ToHaveCountAsync(0);
        await Expect(Page.Locator("[data-testid=contract-staff]")).ToContainTextAsync(name);
    }

    private async Task UploadAsync(string cellTestId, string fileName)
    {
        await ChooseFileAsync($"[data-testid={cellTestId}] input[type=file]", new FilePayload
        {
            Name = fileName,
            MimeType = "application/pdf",
            Buffer = "%PDF-1.4\n%%EOF\n"u8.ToArray(),
        });
        await Expect(Page.Locator($"[data-testid={cellTestId}-download]")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Unit1_drafts_and_submits_procurement_sees_an_unmet_guard_the_unit_fixes_it_and_procurement_approves()
    {
        var number = "E2E-" + Random.Shared.Next(100000, 1000000).ToString(CultureInfo.InvariantCulture);

        // unit1 drafts a contract with agency1 starting today, covering its WeChat account.
        await SignInAsAsync(DemoUsers.HostUnit);
        await OpenAsync("/contracts", "[data-testid=contracts-create]");
        await Page.ClickAsync("[data-testid=contracts-create]");
        await Expect(Page.Locator("[data-testid=contract-number]")).ToBeVisibleAsync();
        await Page.FillAsync("[data-testid=contract-number]", number);
        await Page.FillAsync("[data-testid=contract-start]", Iso(Today));
        await Page.Keyboard.PressAsync("Tab");
        await Page.FillAsync("[data-testid=contract-end]", Iso(Today.AddYears(1).AddDays(-1)));
        await Page.Keyboard.PressAsync("Tab");
        await Page.FillAsync("[data-testid=contract-fee]", "15000");
        await Page.FillAsync("[data-testid=contract-supervisor]", "城关镇宣传办 李主任");
        await Page.FillAsync("[data-testid=contract-signed-on]", Iso(Today));
        await Page.Keyboard.PressAsync("Tab");
        await Page.FillAsync("[data-testid=contract-nda-on]", Iso(Today));
        await Page.Keyboard.PressAsync("Tab");
        await ChooseAsync("contract-method", "公开招标");
        await ChooseAsync("contract-agency", "杭州清风网络传媒有限公司");
        await ChooseAsync("contract-lead", "许文静");
        await ChooseManyAsync("contract-accounts", "城关镇发布");
        await Page.ClickAsync("[data-testid=contract-save]");

        await Expect(Page.Locator("[data-testid=contract-detail-number]")).ToHaveTextAsync(number);
        await WaitForInteractiveAsync();
        await Expect(Page.Locator("[data-testid=contract-detail-state]")).ToHaveTextAsync("草拟");
        await Expect(Page.Locator("[data-testid=contract-unmet-Submit]")).ToContainTextAsync("没有可派驻的编辑");

        await AssignAsync("编辑", "林晓峰");
        await AssignAsync("审核", "高雅琴");
        await AssignAsync("账号管理", "郑浩然");
        await UploadAsync("contract-scan-signed", "合同.pdf");
        await UploadAsync("contract-scan-nda", "保密协议.pdf");
        await Expect(Page.Locator("[data-testid=contract-unmet-Submit]")).ToHaveCountAsync(0);
        await Page.ClickAsync("[data-testid=contract-action-Submit]");
        await ConfirmAsync();
        await Expect(Page.Locator("[data-testid=contract-detail-state]")).ToHaveTextAsync("资质审核");
        var contractPath = new Uri(Page.Url).PathAndQuery;

        // agency1 records that 郑浩然 has left today.
        await SignInAsAsync(DemoUsers.Agency1);
        await OpenAsync("/staff", "[data-testid=staff-add]");
        await Page.FillAsync("[data-testid=staff-search]", "郑浩然");
        await Page.Locator("[data-testid=staff-grid] tr").Filter(new() { HasText = "郑浩然" }).Locator("a").First.ClickAsync();
        await Expect(Page.Locator("[data-testid=staff-detail-name]")).ToHaveTextAsync("郑浩然");
        await WaitForInteractiveAsync();
        await Page.ClickAsync("[data-testid=staff-edit]");
        await Page.FillAsync("[data-testid=staff-lefton]", Iso(Today));
        await Page.Keyboard.PressAsync("Tab");
        await Page.ClickAsync("[data-testid=staff-save]");
        await Expect(Page.Locator("[data-testid=staff-detail-status]")).ToContainTextAsync(Iso(Today));

        // Procurement cannot approve, and the page says why.
        await SignInAsAsync(DemoUsers.Procurement);
        await OpenAsync(contractPath, "[data-testid=contract-detail-number]");
        await Expect(Page.Locator("[data-testid=contract-action-Approve]")).ToBeDisabledAsync();
        await Expect(Page.Locator("[data-testid=contract-unmet-Approve]")).ToContainTextAsync("郑浩然");
        await Expect(Page.Locator("[data-testid=contract-unmet-Approve]")).ToContainTextAsync("离开代运营机构");

        // unit1 takes him off the contract.
        await SignInAsAsync(DemoUsers.HostUnit);
        await OpenAsync(contractPath, "[data-testid=contract-detail-number]");
        await Page.Locator("[data-testid^=contract-staff-]").Filter(new() { HasText = "郑浩然" }).Locator("[data-testid^=contract-unassign-]").ClickAsync();
        await ConfirmAsync();
        await Expect(Page.Locator("[data-testid=contract-staff]")).Not.ToContainTextAsync("郑浩然");

        // Procurement approves; the start date has come, so the contract is Active at once.
        await SignInAsAsync(DemoUsers.Procurement);
        await OpenAsync(contractPath, "[data-testid=contract-detail-number]");
        await Expect(Page.Locator("[data-testid=contract-unmet-Approve]")).ToHaveCountAsync(0);
        await Page.ClickAsync("[data-testid=contract-action-Approve]");
        await ConfirmAsync();
        await Expect(Page.Locator("[data-testid=contract-detail-state]")).ToHaveTextAsync("履约中");
        var timeline = Page.Locator("[data-testid=contract-timeline-row]");
        await Expect(timeline).ToHaveCountAsync(2);
        await Expect(timeline.Nth(0)).ToContainTextAsync("审核通过");
        // People, not logins: the demo's procurement officer and unit1's 李娜 with her unit.
        await Expect(timeline.Nth(0)).ToContainTextAsync("陈静（采购）");
        await Expect(timeline.Nth(1)).ToContainTextAsync("提交审核");
        await Expect(timeline.Nth(1)).ToContainTextAsync("李娜（城关镇人民政府）");
        await Expect(timeline.Nth(1)).Not.ToContainTextAsync("unit1");
    }
}
