namespace VendorManager.E2E.Features.Supervision;

/// <summary>
/// Issue 25: the agency's evidence on a rectification item reaches the county office only through the unit
/// (谁开设、谁负责). On its own app: it decides the demo round that the shared instance shows awaiting unit1.
/// </summary>
public sealed class AgencyEvidenceTests(E2EApp e2e, SeparateApp app) : PageTest(e2e, app.Server), IClassFixture<SeparateApp>
{
    [Fact]
    public async Task Agency1_submits_evidence_with_a_scan_unit1_confirms_it_and_submits_and_the_county_verifies()
    {
        // unit1 finds agency1's demo evidence waiting at home, and returns it: it cannot submit over it.
        await SignInAsync(DemoUsers.HostUnit);
        var pending = Page.Locator("[data-testid=pending-list] a").Filter(new() { HasText = "整改佐证待确认" });
        await Expect(pending).ToHaveCountAsync(1);
        await WaitForInteractiveAsync();
        await pending.ClickAsync();
        var firstRound = Page.Locator("[data-testid=evidence-round-1]");
        await Expect(firstRound.Locator("[data-testid=evidence-status]")).ToHaveTextAsync("待确认");
        var itemPath = new Uri(Page.Url).AbsolutePath;
        await Expect(Page.Locator("[data-testid=evidence-awaits]")).ToBeVisibleAsync();
        await Expect(Page.Locator("[data-testid=rectification-submit]")).ToHaveCountAsync(0);
        await WaitForInteractiveAsync();
        await firstRound.Locator("[data-testid=evidence-return]").ClickAsync();
        await Page.FillAsync("[data-testid=return-evidence-reason]", "截图未显示回复内容，请补充留言回复记录。");
        await Page.ClickAsync("[data-testid=return-evidence-save]");
        await Expect(firstRound.Locator("[data-testid=evidence-status]")).ToHaveTextAsync("已退回");

        // agency1 reads why and submits a second round with a scan.
        await SwitchUserAsync(DemoUsers.Agency1);
        await Page.GotoAsync(itemPath);
        await Expect(firstRound.Locator("[data-testid=evidence-return-reason]")).ToContainTextAsync("截图未显示回复内容");
        await WaitForInteractiveAsync();
        await Page.ClickAsync("[data-testid=evidence-submit]");
        await Page.FillAsync("[data-testid=evidence-form-description]", "已逐条回复积压留言 32 条，附留言回复记录截图。");
        await ChooseFileAsync("[data-testid=evidence-dialog] input[type=file]", new FilePayload
        {
            Name = "留言回复记录.png",
            MimeType = "image/png",
            Buffer = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mP8/x8AAwMCAO+ip1sAAAAASUVORK5CYII="),
        });
        await Expect(Page.Locator("[data-testid=evidence-file-names]")).ToHaveTextAsync("留言回复记录.png");
        await Page.ClickAsync("[data-testid=evidence-save]");
        var secondRound = Page.Locator("[data-testid=evidence-round-2]");
        await Expect(secondRound.Locator("[data-testid=evidence-status]")).ToHaveTextAsync("待确认");
        await Expect(Page.Locator("[data-testid=evidence-submit]")).ToHaveCountAsync(0);

        // unit1 confirms it, and submits the rectification on it without a file of its own.
        await SwitchUserAsync(DemoUsers.HostUnit);
        await Page.GotoAsync(itemPath);
        await Expect(secondRound.Locator("[data-testid=evidence-confirm]")).ToBeVisibleAsync();
        await WaitForInteractiveAsync();
        await secondRound.Locator("[data-testid=evidence-confirm]").ClickAsync();
        await Page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "确认佐证", Exact = true }).ClickAsync();
        await Expect(secondRound.Locator("[data-testid=evidence-status]")).ToHaveTextAsync("已确认");
        await Page.ClickAsync("[data-testid=rectification-submit]");
        await Page.FillAsync("[data-testid=submit-explanation]", "代运营机构已回复全部积压留言，本单位已复核并建立每日巡查台账。");
        await Page.ClickAsync("[data-testid=submit-save]");
        await Expect(Page.Locator("[data-testid=rectification-state]")).ToHaveTextAsync("待核验");

        // The county office sees the evidence and who confirmed it, and verifies.
        await SwitchUserAsync(DemoUsers.Supervisor);
        await Page.GotoAsync(itemPath);
        await Expect(secondRound.Locator("[data-testid=evidence-confirmed-by]")).ToContainTextAsync("李娜");
        await Expect(secondRound.Locator("[data-testid=evidence-file-link]")).ToHaveTextAsync("留言回复记录.png");
        await Expect(Page.Locator("[data-testid=rectification-verify]")).ToBeVisibleAsync();
        await WaitForInteractiveAsync();
        await Page.ClickAsync("[data-testid=rectification-verify]");
        await Page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "核验通过", Exact = true }).ClickAsync();
        await Expect(Page.Locator("[data-testid=rectification-state]")).ToHaveTextAsync("已整改");
    }
}
