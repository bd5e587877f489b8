namespace VendorManager.E2E.Features.Accounts;

public sealed class AccountFilingTests(E2EApp e2e) : PageTest(e2e)
{
    private async Task SwitchUserAsync(string userName)
    {
        await Page.ClickAsync("[data-testid=signout]");
        await ExpectAtAsync("/account/signin");
        await SubmitSignInAsync(userName, DemoUsers.Password);
        await Expect(Page.Locator("[data-testid=home-title]")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Unit1_files_an_opening_the_Supervisor_accepts_it_and_the_account_is_Active_once_unit1_records_its_platform_id()
    {
        // 其他 is outside the one-account-per-platform rule, so the test can run again on the same data.
        var name = "城关测试账号" + Guid.NewGuid().ToString("N")[..6];

        await SignInAsync(DemoUsers.HostUnit);
        await Page.GotoAsync("/accounts");
        await Expect(Page.Locator("[data-testid=accounts-file-opening]")).ToBeVisibleAsync();
        await WaitForInteractiveAsync();
        await Page.ClickAsync("[data-testid=accounts-file-opening]");
        await ChooseAsync("opening-platform", "其他");
        await Page.FillAsync("[data-testid=opening-name]", name);
        await ChooseAsync("opening-operator", "自行运营");
        await Page.ClickAsync("[data-testid=opening-save]");

        await Expect(Page.Locator("[data-testid=account-title]")).ToHaveTextAsync(name);
        await Expect(Page.Locator("[data-testid=account-status]")).ToHaveTextAsync("备案已提交");
        var accountPath = new Uri(Page.Url).AbsolutePath;

        await SwitchUserAsync(DemoUsers.Supervisor);
        await Page.GotoAsync("/filings");
        var row = Page.Locator("[data-testid=filings-grid] tr").Filter(new() { HasText = name });
        await Expect(row).ToHaveCountAsync(1);
        await WaitForInteractiveAsync();
        await row.Locator("[data-testid^=filing-accept-]").ClickAsync();
        await Page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "受理", Exact = true }).ClickAsync();
        await Expect(row).ToHaveCountAsync(0);

        await SwitchUserAsync(DemoUsers.HostUnit);
        await Page.GotoAsync(accountPath);
        await Expect(Page.Locator("[data-testid=account-status]")).ToHaveTextAsync("已受理");
        await WaitForInteractiveAsync();
        await Page.ClickAsync("[data-testid=account-record-platformid]");
        await Page.FillAsync("[data-testid=platformid-value]", "https://example.gov.cn/" + name);
        await Page.ClickAsync("[data-testid=platformid-save]");

        await Expect(Page.Locator("[data-testid=account-status]")).ToHaveTextAsync("已启用");
        await Expect(Page.Locator("[data-testid=account-platformid]")).ToHaveTextAsync("https://example.gov.cn/" + name);
    }
}
