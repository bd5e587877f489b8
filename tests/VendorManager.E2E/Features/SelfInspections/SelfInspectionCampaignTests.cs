namespace VendorManager.E2E.Features.SelfInspections;

/// <summary>
/// Issue 25: a self-inspection campaign (自查整改专项) from open to the county summary. On an app of its own,
/// since it opens a campaign and submits and accepts a report.
/// </summary>
public sealed class SelfInspectionCampaignTests(E2EApp e2e, SeparateApp app) : PageTest(e2e, app.Server), IClassFixture<SeparateApp>
{
    private const string Title = "E2E 自查整改专项";

    [Fact]
    public async Task The_county_opens_a_campaign_unit1_fills_in_signs_and_submits_and_the_county_accepts_it_and_prints_the_summary()
    {
        await SignInAsync(DemoUsers.Supervisor);
        await Page.GotoAsync("/self-inspections");
        await Expect(Page.Locator("[data-testid=campaigns-title]")).ToBeVisibleAsync();
        await WaitForInteractiveAsync();
        await Page.ClickAsync("[data-testid=campaigns-open]");
        await Page.FillAsync("[data-testid=campaign-title]", Title);
        await Page.ClickAsync("[data-testid=campaign-save]");
        await Expect(Page.Locator("[data-testid=campaign-heading]")).ToHaveTextAsync(Title);
        var campaignPath = new Uri(Page.Url).AbsolutePath;

        await SwitchUserAsync(DemoUsers.HostUnit);
        await Page.GotoAsync("/self-inspection-reports");
        var report = Page.Locator("[data-testid=own-reports] a").Filter(new() { HasText = Title });
        await Expect(report).ToBeVisibleAsync();
        await WaitForInteractiveAsync();
        await report.ClickAsync();
        await Expect(Page.Locator("[data-testid=report-campaign]")).ToHaveTextAsync(Title);
        await Expect(Page.Locator("[data-testid=report-prefilled]")).ToBeVisibleAsync();
        await WaitForInteractiveAsync();

        await Page.ClickAsync("[data-testid=report-submit]");
        await Expect(Page.Locator(".mud-snackbar")).ToContainTextAsync("报送前请上传经主要负责同志签字的报告扫描件");
        await Page.ClickAsync("[data-testid=report-save]");
        await Expect(Page.Locator(".mud-snackbar").Filter(new() { HasText = "已保存" })).ToBeVisibleAsync();
        await ChooseFileAsync("[data-testid=report-actions] input[type=file]", new FilePayload
        {
            Name = "签字页.pdf",
            MimeType = "application/pdf",
            Buffer = "%PDF-1.4\n%%EOF\n"u8.ToArray(),
        });
        await Expect(Page.Locator("[data-testid=report-scan-link]")).ToHaveTextAsync("签字页.pdf");
        await Page.ClickAsync("[data-testid=report-submit]");
        await Expect(Page.Locator("[data-testid=report-status]")).ToContainTextAsync("已报送");

        await SwitchUserAsync(DemoUsers.Supervisor);
        await Page.GotoAsync(campaignPath);
        var unit = Page.Locator("[data-testid=campaign-units] a").Filter(new() { HasText = "城关镇" });
        await Expect(unit).ToBeVisibleAsync();
        await WaitForInteractiveAsync();
        await unit.ClickAsync();
        await Expect(Page.Locator("[data-testid=report-status]")).ToContainTextAsync("已报送");
        await WaitForInteractiveAsync();
        await Page.ClickAsync("[data-testid=report-accept]");
        await Expect(Page.Locator("[data-testid=report-status]")).ToContainTextAsync("已通过");

        await Page.GotoAsync(campaignPath + "/summary");
        var row = Page.Locator("[data-testid=summary-unit-row]").Filter(new() { HasText = "城关镇" });
        await Expect(row).ToContainTextAsync("已通过");
        await WaitForInteractiveAsync();
        await Page.ClickAsync("[data-testid=summary-print]");
        await ExpectAtAsync(campaignPath + "/print");
        await Expect(Page.Locator("[data-testid=summary-title]")).ToContainTextAsync(Title);
        await Expect(Page.Locator("[data-testid=print-button]")).ToBeVisibleAsync();
    }
}
