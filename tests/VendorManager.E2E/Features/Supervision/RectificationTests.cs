namespace VendorManager.E2E.Features.Supervision;

public sealed class RectificationTests(E2EApp e2e) : PageTest(e2e)
{
    private async Task SwitchUserAsync(string userName)
    {
        await Page.ClickAsync("[data-testid=signout]");
        await ExpectAtAsync("/account/signin");
        await SubmitSignInAsync(userName, DemoUsers.Password);
        await Expect(Page.Locator("[data-testid=home-title]")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task The_Supervisor_records_a_finding_on_unit1s_account_unit1_sees_it_at_home_and_submits_and_the_Supervisor_verifies_it()
    {
        // 城关镇发布's demo item is overdue, so in the list of open items this one is the only one on it.
        var description = "E2E 抽查发现：评论区留言长期无人回复 " + Guid.NewGuid().ToString("N")[..6];

        await SignInAsync(DemoUsers.Supervisor);
        await Page.GotoAsync("/inspections");
        await Expect(Page.Locator("[data-testid=inspections-create]")).ToBeVisibleAsync();
        await WaitForInteractiveAsync();
        await Page.ClickAsync("[data-testid=inspections-create]");
        await Page.FillAsync("[data-testid=inspection-inspectors]", "张伟");
        await ChooseManyAsync("inspection-accounts", "城关镇发布");
        await Page.ClickAsync("[data-testid=inspection-save]");

        await Expect(Page.Locator("[data-testid=inspection-title]")).ToContainTextAsync("检查");
        await Page.ClickAsync("[data-testid=inspection-add-finding]");
        await ChooseAsync("finding-category", "互动服务不实");
        await Page.FillAsync("[data-testid=finding-description]", description);
        await Page.ClickAsync("[data-testid=finding-save]");
        var findingRow = Page.Locator("[data-testid=inspection-findings] tr").Filter(new() { HasText = description });
        await Expect(findingRow).ToContainTextAsync("待整改");
        var itemPath = await findingRow.Locator("a[data-testid^=finding-item-]").GetAttributeAsync("href");
        Assert.NotNull(itemPath);

        // Unit 1's home page shows the new item; from there to the item.
        await SwitchUserAsync(DemoUsers.HostUnit);
        await Expect(Page.Locator("[data-testid=notification-count]")).Not.ToHaveTextAsync("0");
        var pending = Page.Locator("[data-testid=pending-list] a").Filter(new() { HasText = "个整改项待整改" });
        await Expect(pending).ToHaveCountAsync(1);
        await WaitForInteractiveAsync();
        await pending.ClickAsync();
        await ExpectAtAsync("/rectifications?state=Open");
        var listRow = Page.Locator("[data-testid=rectifications-grid] tr").Filter(new() { HasText = "城关镇发布" });
        await Expect(listRow).ToHaveCountAsync(1);
        await listRow.Locator("a").First.ClickAsync();
        await ExpectAtAsync("/" + itemPath!.TrimStart('/'));
        await Expect(Page.Locator("[data-testid=rectification-description]")).ToHaveTextAsync(description);

        await WaitForInteractiveAsync();
        await Page.ClickAsync("[data-testid=rectification-submit]");
        await Page.FillAsync("[data-testid=submit-explanation]", "已安排专人每日巡查评论区，积压留言已全部回复。");
        await ChooseFileAsync("[data-testid=submit-dialog] input[type=file]", new FilePayload
        {
            Name = "回复截图.png",
            MimeType = "image/png",
            Buffer = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mP8/x8AAwMCAO+ip1sAAAAASUVORK5CYII="),
        });
        await Expect(Page.Locator("[data-testid=submit-file-name]")).ToHaveTextAsync("回复截图.png");
        await Page.ClickAsync("[data-testid=submit-save]");
        await Expect(Page.Locator("[data-testid=rectification-state]")).ToHaveTextAsync("待核验");
        await Expect(Page.Locator("[data-testid=rectification-evidence-link]")).ToHaveTextAsync("回复截图.png");

        // The Supervisor verifies it.
        await SwitchUserAsync(DemoUsers.Supervisor);
        await Page.GotoAsync(itemPath);
        await Expect(Page.Locator("[data-testid=rectification-verify]")).ToBeVisibleAsync();
        await WaitForInteractiveAsync();
        await Page.ClickAsync("[data-testid=rectification-verify]");
        await Page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "核验通过", Exact = true }).ClickAsync();
        await Expect(Page.Locator("[data-testid=rectification-state]")).ToHaveTextAsync("已整改");
        await Expect(Page.Locator("[data-testid=rectification-verify]")).ToHaveCountAsync(0);
    }
}
