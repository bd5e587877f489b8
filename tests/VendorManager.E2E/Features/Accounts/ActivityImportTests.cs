using System.Text;

namespace VendorManager.E2E.Features.Accounts;

public sealed class ActivityImportTests(E2EApp e2e) : PageTest(e2e)
{
    [Fact]
    public async Task A_file_with_a_bad_row_is_rejected_naming_its_line_and_reason()
    {
        await SignInAsync(DemoUsers.HostUnit);
        await Page.GotoAsync("/accounts");
        await Expect(Page.Locator("[data-testid=accounts-import]")).ToBeVisibleAsync();
        await WaitForInteractiveAsync();
        await Page.ClickAsync("[data-testid=accounts-import]");
        await Expect(Page.Locator("[data-testid=import-choose]")).ToBeVisibleAsync();

        // unit1's WeChat account as the demo records it (the account page's 平台账号ID或地址).
        var csv = "平台,平台账号ID或地址,月份,发布条数,最后发布日期,收到留言数,已回复留言数\n微信公众号,gh_demo001,2026-01,3,2026-01-05,2,9\n";
        await ChooseFileAsync("[data-testid=import-dialog] input[type=file]", new FilePayload
        {
            Name = "activity.csv",
            MimeType = "text/csv",
            Buffer = Encoding.UTF8.GetBytes(csv),
        });

        await Expect(Page.Locator("[data-testid=import-error]")).ToContainTextAsync("第 2 行");
        await Expect(Page.Locator("[data-testid=import-error]")).ToContainTextAsync("已回复留言数不能多于收到的留言数");
    }
}
