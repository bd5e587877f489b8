namespace VendorManager.E2E.Features.Agencies;

public sealed class AgencyTests(E2EApp e2e) : PageTest(e2e)
{
    // 宁波星河数字科技有限公司: the demo agency whose licence awaits review; only this test reviews it.
    private const string PendingAgencyCode = "91330103MA2H0003A2";

    [Fact]
    public async Task Procurement_verifies_a_pending_licence_and_the_agency_becomes_contractable()
    {
        await SignInAsync(DemoUsers.Procurement);
        await Page.GotoAsync("/agencies");
        await Expect(Page.Locator("[data-testid=agency-grid]")).ToBeVisibleAsync();
        await WaitForInteractiveAsync();
        await Expect(Page.Locator($"[data-testid=agency-contractable-{PendingAgencyCode}]")).ToHaveTextAsync("不可签约");

        await Page.ClickAsync($"[data-testid=agency-link-{PendingAgencyCode}]");
        await Expect(Page.Locator("[data-testid=agency-reason-LicencePending]")).ToBeVisibleAsync();
        await WaitForInteractiveAsync();
        await Page.Locator("[data-testid^=qualification-review-]").First.ClickAsync();
        await ChooseAsync("review-verdict", "已通过");
        await Page.FillAsync("[data-testid=review-remark]", "与原件核对一致");
        await Page.ClickAsync("[data-testid=review-save]");
        await Expect(Page.Locator("[data-testid=review-dialog]")).ToHaveCountAsync(0);

        await Expect(Page.Locator("[data-testid=agency-verdict-title]")).ToContainTextAsync("可签约：");
        await Expect(Page.Locator("[data-testid^=qualification-reviews-]").First).ToContainTextAsync("与原件核对一致");
        await Page.GotoAsync("/agencies");
        await Expect(Page.Locator($"[data-testid=agency-contractable-{PendingAgencyCode}]")).ToHaveTextAsync("可签约");
    }

    [Fact]
    public async Task An_agency_uploads_a_renewed_licence_and_sees_it_pending_review()
    {
        await SignInAsync("agency2");
        await WaitForInteractiveAsync();
        await Page.ClickAsync("[data-testid=nav-agencies-mine]");
        await Expect(Page.Locator("[data-testid=agency-detail-name]")).ToHaveTextAsync("浙江云帆文化传播有限公司");
        await WaitForInteractiveAsync();

        await Page.ClickAsync("[data-testid=qualification-add]");
        await Page.FillAsync("[data-testid=qualification-number]", "33120260202");
        await Page.FillAsync("[data-testid=qualification-issuer]", "浙江省互联网信息办公室");
        await Page.ClickAsync("[data-testid=qualification-scope-Reprint]");
        await Page.FillAsync("[data-testid=qualification-from]", "2028-01-01");
        await Page.Keyboard.PressAsync("Tab");
        await Page.FillAsync("[data-testid=qualification-to]", "2031-12-31");
        await Page.Keyboard.PressAsync("Tab");
        await ChooseFileAsync("[data-testid=qualification-dialog] input[type=file]", new FilePayload
        {
            Name = "续期许可证.pdf",
            MimeType = "application/pdf",
            Buffer = "%PDF-1.4\n%%EOF\n"u8.ToArray(),
        });
        await Page.ClickAsync("[data-testid=qualification-save]");
        await Expect(Page.Locator("[data-testid=qualification-dialog]")).ToHaveCountAsync(0);

        var renewal = Page.Locator("[data-testid^=qualification-]").Filter(new() { HasText = "33120260202" }).Last;
        await Expect(renewal).ToContainTextAsync("待审核");
        await Expect(renewal.Locator("[data-testid^=qualification-download-]")).ToBeVisibleAsync();
        // The verified licence still covers today: a pending renewal does not make the agency uncontractable.
        await Expect(Page.Locator("[data-testid=agency-verdict-title]")).ToContainTextAsync("可签约：");
    }

    [Fact]
    public async Task An_agency_user_cannot_open_another_agencys_page_or_scan()
    {
        await SignInAsync("agency1");
        await Page.GotoAsync("/agencies/mine");
        await Expect(Page.Locator("[data-testid=agency-detail-name]")).ToHaveTextAsync("杭州清风网络传媒有限公司");
        var ownId = int.Parse(new Uri(Page.Url).Segments[^1], System.Globalization.CultureInfo.InvariantCulture);

        await Page.GotoAsync($"/agencies/{ownId + 1}");
        await Expect(Page.Locator("[data-testid=agency-not-found]")).ToBeVisibleAsync();
        // Demo qualifications are seeded in order: 1 and 2 are agency1's, 3 is agency2's licence.
        var own = await Page.APIRequest.GetAsync("/agencies/qualifications/1/file");
        var other = await Page.APIRequest.GetAsync("/agencies/qualifications/3/file");
        Assert.Equal((200, "application/pdf"), (own.Status, own.Headers["content-type"]));
        Assert.Equal(404, other.Status);
    }
}
