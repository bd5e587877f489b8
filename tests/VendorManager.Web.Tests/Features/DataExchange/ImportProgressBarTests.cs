using Bunit;
using MudBlazor;
using VendorManager.Web.Features.DataExchange;
using VendorManager.Web.Tests.Features.Agencies;
using VendorManager.Web.Tests.Infrastructure;

namespace VendorManager.Web.Tests.Features.DataExchange;

/// <summary>The bar the import page shows while a large file is checked and saved.</summary>
public sealed class ImportProgressBarTests
{
    [Fact]
    public async Task Saving_shows_the_records_saved_so_far_out_of_all_and_a_bar_that_far_along()
    {
        await using var test = await ComponentTest.CreateAsync(AgencyTestData.Procurement);

        var bar = test.Render<ImportProgressBar>(p => p.Add(x => x.Progress, new ImportProgress(ImportStage.Saving, 5_000, 20_000)));

        Assert.Equal("已保存 5,000 / 20,000 条记录", bar.Find("[data-testid=import-progress-text]").TextContent.Trim());
        var linear = bar.FindComponent<MudProgressLinear>().Instance;
        Assert.False(linear.Indeterminate);
        Assert.Equal("25", bar.Find("[role=progressbar]").GetAttribute("aria-valuenow"));
    }

    [Fact]
    public async Task Checking_shows_the_line_reached_and_reading_without_a_total_shows_a_moving_bar()
    {
        await using var test = await ComponentTest.CreateAsync(AgencyTestData.Procurement);

        var checking = test.Render<ImportProgressBar>(p => p.Add(x => x.Progress, new ImportProgress(ImportStage.Checking, 2_500, 10_000)));
        var reading = test.Render<ImportProgressBar>(p => p.Add(x => x.Progress, new ImportProgress(ImportStage.Reading, 0, 0)));

        Assert.Equal("正在检查第 2,500 / 10,000 行", checking.Find("[data-testid=import-progress-text]").TextContent.Trim());
        Assert.Equal("25", checking.Find("[role=progressbar]").GetAttribute("aria-valuenow"));
        Assert.Equal("正在读取文件…", reading.Find("[data-testid=import-progress-text]").TextContent.Trim());
        Assert.True(reading.FindComponent<MudProgressLinear>().Instance.Indeterminate);
    }
}
