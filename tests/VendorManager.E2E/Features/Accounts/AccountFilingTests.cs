namespace VendorManager.E2E.Features.Accounts;

public sealed class AccountFilingTests(E2EApp e2e) : PageTest(e2e)
{
    private static FilePayload Pdf(string name) => new() { Name = name, MimeType = "application/pdf", Buffer = "%PDF-1.4\n%%EOF\n"u8.ToArray() };

    private async Task AttachAsync(string paper, string fileName)
    {
        await ChooseFileAsync($"[data-testid=paper-{paper}] input[type=file]", Pdf(fileName));
        await Expect(Page.Locator($"[data-testid=paper-{paper}-name]")).ToHaveTextAsync(fileName);
    }

    [Fact]
    public async Task Unit1_files_an_opening_with_its_papers_the_Supervisor_reads_them_and_accepts_it_and_the_account_is_Active_once_unit1_records_its_platform_id()
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
        await AttachAsync("SubjectCertification", "主体认证材料.pdf");

        // Without the operating staff's information the filing is not submitted, and the form says what is missing.
        await Page.ClickAsync("[data-testid=opening-save]");
        await Expect(Page.GetByText("请先上传必需的备案材料：运维人员信息。")).ToBeVisibleAsync();
        await AttachAsync("OperatorInformation", "运维人员信息.pdf");
        await Page.ClickAsync("[data-testid=opening-save]");

        await Expect(Page.Locator("[data-testid=account-title]")).ToHaveTextAsync(name);
        await Expect(Page.Locator("[data-testid=account-status]")).ToHaveTextAsync("备案已提交");
        var accountPath = new Uri(Page.Url).AbsolutePath;

        await SwitchUserAsync(DemoUsers.Supervisor);
        await Page.GotoAsync("/filings");
        var row = Page.Locator("[data-testid=filings-grid] tr").Filter(new() { HasText = name });
        await Expect(row).ToHaveCountAsync(1);
        // Filed today, so within the county office's time limit: not flagged, as the demo's eight-month-old opening is.
        await Expect(row.Locator("[data-testid^=filing-overdue-]")).ToHaveCountAsync(0);
        await Expect(Page.Locator("[data-testid=filings-grid] tr").Filter(new() { HasText = "城关快手号" }).Locator("[data-testid^=filing-overdue-]")).ToContainTextAsync("超期未受理");
        var scan = row.GetByRole(AriaRole.Link, new() { Name = "主体认证材料.pdf" });
        await Expect(scan).ToBeVisibleAsync();
        await Expect(row.GetByRole(AriaRole.Link, new() { Name = "运维人员信息.pdf" })).ToBeVisibleAsync();
        var download = await Page.Context.APIRequest.GetAsync((await scan.GetAttributeAsync("href"))!);
        Assert.Equal(200, download.Status);
        Assert.Equal("application/pdf", download.Headers["content-type"]);

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

    [Fact]
    public async Task A_filing_waiting_past_the_county_offices_time_limit_is_flagged_in_the_queue_and_on_the_home_page()
    {
        // The demo's 城关快手号 opening was filed eight months ago and still waits.
        await SignInAsync(DemoUsers.Supervisor);
        await Expect(Page.GetByText("件备案超期未受理")).ToBeVisibleAsync();

        await Page.GotoAsync("/filings");
        var row = Page.Locator("[data-testid=filings-grid] tr").Filter(new() { HasText = "城关快手号" });
        await Expect(row.Locator("[data-testid^=filing-overdue-]")).ToContainTextAsync("超期未受理");
        await Expect(row.Locator("[data-testid^=filing-overdue-]")).ToContainTextAsync("个工作日");
        await Expect(row.GetByRole(AriaRole.Link, new() { Name = "城关快手号-主体认证材料.pdf" })).ToBeVisibleAsync();
    }
}
