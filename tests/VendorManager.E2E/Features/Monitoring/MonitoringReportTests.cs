using System.Globalization;

namespace VendorManager.E2E.Features.Monitoring;

/// <summary>The county's monthly monitoring report as the Supervisor opens and prints it.</summary>
public sealed class MonitoringReportTests(E2EApp e2e) : PageTest(e2e)
{
    /// <summary>The month of the demo's published post of 城关镇 (DemoPosts: published 130 hours before the demo was made), China time.</summary>
    private static readonly string DemoPostMonth =
        DateTimeOffset.UtcNow.AddHours(-130).ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM", CultureInfo.InvariantCulture);

    [Fact]
    public async Task The_Supervisor_opens_the_county_report_of_the_month_of_the_demo_post_and_prints_it()
    {
        await SignInAsync(DemoUsers.Supervisor);

        await Page.GotoAsync($"/monitoring-report?month={DemoPostMonth}");
        var month = DemoPostMonth.Split('-');
        await Expect(Page.Locator("[data-testid=monitoring-heading]"))
            .ToHaveTextAsync($"全县政务新媒体{int.Parse(month[0], CultureInfo.InvariantCulture)}年{int.Parse(month[1], CultureInfo.InvariantCulture)}月监测报告");
        // 城关镇's published post counts in its unit's total and the county's; other units' accounts have no posts on record.
        var chengguan = Page.Locator("[data-testid=monitoring-unit-total][data-unit='城关镇人民政府'] td").First;
        await Expect(chengguan).Not.ToHaveTextAsync("0");
        await Expect(Page.Locator("[data-testid=monitoring-total] td").First).Not.ToHaveTextAsync("0");
        await Expect(Page.Locator("[data-testid=monitoring-no-data]").First).ToHaveTextAsync("无发布记录（无数据）");

        await WaitForInteractiveAsync();
        await Page.EvaluateAsync("() => { window.vmPrinted = 0; window.print = () => { window.vmPrinted++; }; }");
        await Page.ClickAsync("[data-testid=monitoring-print]");
        await Page.WaitForFunctionAsync("() => window.vmPrinted === 1");

        // On paper: the report without the toolbar.
        await Page.EmulateMediaAsync(new() { Media = Media.Print });
        await Expect(Page.Locator("[data-testid=monitoring-print]")).ToBeHiddenAsync();
        await Expect(Page.Locator("[data-testid=monitoring-page]")).ToBeVisibleAsync();
        Assert.NotEmpty(await Page.PdfAsync(new() { Format = "A4", PrintBackground = true }));
    }
}
