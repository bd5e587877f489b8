using System.Text;

namespace VendorManager.E2E.Features.DataExchange;

public sealed class DataExchangeTests(E2EApp e2e) : PageTest(e2e)
{


    private const string Header = "机构名称,统一社会信用代码,法定代表人,地址,联系电话,责任人,岗位职责,资质类型,证书编号,发证机关,服务项目,有效期起,有效期至";
    private const string GoodCode = "91330106MA2HE2E01Q";

    private static string Line(string name, string code) =>
        $"{name},{code},张法人,杭州市,0571-88880000,李责任,运营,互联网新闻信息服务许可,E2E-0001,浙江省互联网信息办公室,采编发布服务,2026-01-01,2028-12-31";

    private async Task UploadAsync(string csv)
    {
        await ChooseFileAsync("input[type=file]", new FilePayload
        {
            Name = "agencies.csv",
            MimeType = "text/csv",
            Buffer = [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(csv)],
        });
    }

    [Fact]
    public async Task Procurement_imports_agencies_only_when_every_line_is_good_then_finds_and_exports_them()
    {
        await SignInAsync(DemoUsers.Procurement);
        await Page.GotoAsync("/data-exchange");
        await Expect(Page.Locator("[data-testid=import-choose]")).ToBeVisibleAsync();
        await WaitForInteractiveAsync();

        // One bad check character on line 3: the report names it, and there is nothing to confirm.
        await UploadAsync($"{Header}\n{Line("E2E导入甲传媒有限公司", GoodCode)}\n{Line("E2E导入乙传媒有限公司", "91330106MA2HE2E02A")}\n");
        await Expect(Page.Locator("[data-testid=import-rejected]")).ToContainTextAsync("1 处问题");
        var issue = Page.Locator("[data-testid=import-issues] tr.import-issue");
        await Expect(issue).ToHaveCountAsync(1);
        await Expect(issue).ToContainTextAsync("3");
        await Expect(issue).ToContainTextAsync("统一社会信用代码无效");
        await Expect(Page.Locator("[data-testid=import-confirm]")).ToHaveCountAsync(0);

        // The corrected file is previewed first and stored only on confirmation.
        await UploadAsync($"{Header}\n{Line("E2E导入甲传媒有限公司", GoodCode)}\n");
        await Expect(Page.Locator("[data-testid=import-summary]")).ToContainTextAsync("1 家代运营机构、1 项资质");
        await Expect(Page.Locator("[data-testid=import-preview]")).ToContainTextAsync(GoodCode);
        await Page.ClickAsync("[data-testid=import-confirm]");
        await Expect(Page.Locator("[data-testid=import-done]")).ToContainTextAsync("已导入 2 条记录");

        await Page.GotoAsync("/agencies");
        await Expect(Page.Locator("[data-testid=agency-export]")).ToBeVisibleAsync();
        await WaitForInteractiveAsync();
        await Page.FillAsync("[data-testid=agency-search]", "E2E导入");
        await Expect(Page.Locator("[data-testid=agency-grid]")).ToContainTextAsync("E2E导入甲传媒有限公司");
        await Page.ClickAsync("[data-testid=agency-export]");
        var download = await Page.RunAndWaitForDownloadAsync(() => Page.Locator(".mud-popover-open .mud-menu-item").Filter(new() { HasText = ".csv" }).ClickAsync());
        var path = await download.PathAsync();
        var bytes = await File.ReadAllBytesAsync(path, TestContext.Current.CancellationToken);

        Assert.EndsWith(".csv", download.SuggestedFilename, StringComparison.Ordinal);
        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("机构名称,统一社会信用代码", lines[0], StringComparison.Ordinal);
        // The export holds what the filtered list shows: that one agency, with its licence.
        Assert.Single(lines[1..]);
        Assert.Contains(GoodCode, lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_auditor_reading_English_exports_the_audit_log_in_English()
    {
        await SignInAsync(DemoUsers.Auditor);
        await Page.GotoAsync("/culture?name=en-US&redirect=%2Faudit");
        await Expect(Page.Locator("[data-testid=audit-export]")).ToBeVisibleAsync();
        await WaitForInteractiveAsync();

        await Page.ClickAsync("[data-testid=audit-export]");
        var download = await Page.RunAndWaitForDownloadAsync(() => Page.ClickAsync("[data-testid=audit-export-csv]"));
        var bytes = await File.ReadAllBytesAsync(await download.PathAsync(), TestContext.Current.CancellationToken);

        // The circuit's culture, from the user's cookie, reaches the file: the page's English words.
        Assert.StartsWith("Audit log_", download.SuggestedFilename, StringComparison.Ordinal);
        var lines = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Sequence,Time,User,Record type,Record,Action,Changes", lines[0]);
    }

    [Fact]
    public async Task A_host_unit_downloads_the_accounts_template_as_a_workbook()
    {
        await SignInAsync(DemoUsers.HostUnit);
        await Page.GotoAsync("/data-exchange");
        await Expect(Page.Locator("[data-testid=import-template-xlsx]")).ToBeVisibleAsync();
        await WaitForInteractiveAsync();

        var download = await Page.RunAndWaitForDownloadAsync(() => Page.ClickAsync("[data-testid=import-template-xlsx]"));

        Assert.Equal("账号导入模板_", download.SuggestedFilename[..7]);
        Assert.EndsWith(".xlsx", download.SuggestedFilename, StringComparison.Ordinal);
        var bytes = await File.ReadAllBytesAsync(await download.PathAsync(), TestContext.Current.CancellationToken);
        Assert.Equal("PK"u8.ToArray(), bytes[..2]);
    }
}
