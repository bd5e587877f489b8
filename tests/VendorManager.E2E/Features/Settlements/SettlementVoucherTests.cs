using System.Globalization;
using System.IO.Compression;

namespace VendorManager.E2E.Features.Settlements;

/// <summary>Unit finance downloads a month's accounting vouchers from the ledger.</summary>
public sealed class SettlementVoucherTests(E2EApp e2e) : PageTest(e2e)
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).DateTime);

    /// <summary>The demo pays 城关镇's CG-2026-001 for the sixth month back under voucher PZ-2026-0101.</summary>
    private static DateOnly PaidMonth => new DateOnly(Today.Year, Today.Month, 1).AddMonths(-7);

    [Fact]
    public async Task Finance_exports_the_vouchers_of_a_paid_month_as_a_workbook_naming_its_voucher()
    {
        await SignInAsync("finance1");
        await ExpectAtAsync("/");
        await Page.GotoAsync("/settlements");
        await Expect(Page.Locator("[data-testid=settlements-vouchers]")).ToBeVisibleAsync();
        await WaitForInteractiveAsync();

        await Page.ClickAsync("[data-testid=settlements-vouchers]");
        var month = PaidMonth.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        var download = await Page.RunAndWaitForDownloadAsync(() => Page.ClickAsync($"[data-testid=settlements-vouchers-{month}]"));

        Assert.StartsWith("记账凭证_" + PaidMonth.ToString("yyyyMM", CultureInfo.InvariantCulture), download.SuggestedFilename, StringComparison.Ordinal);
        Assert.EndsWith(".xlsx", download.SuggestedFilename, StringComparison.Ordinal);
        await using var file = File.OpenRead(await download.PathAsync());
        using var workbook = new ZipArchive(file);
        // Cells are in the sheets or the shared strings, as the writer chose.
        var text = string.Empty;
        foreach (var part in workbook.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.Ordinal)))
        {
            using var reader = new StreamReader(part.Open());
            text += await reader.ReadToEndAsync(TestContext.Current.CancellationToken);
        }

        Assert.Contains("PZ-2026-0101", text, StringComparison.Ordinal);
        Assert.Contains("业务活动费用", text, StringComparison.Ordinal);
    }
}
