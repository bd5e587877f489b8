using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace VendorManager.E2E.Features.Evaluations;

/// <summary>
/// The printed evaluation reports (月度考核评分表, 月度考核汇总表) as Chromium prints them: A4, few pages, and nothing
/// past the right edge of the printable width.
/// </summary>
public sealed partial class EvaluationReportTests(E2EApp e2e) : PageTest(e2e)
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).DateTime);

    /// <summary>A Final month of CG-2026-001 in the demo data, with a deduction; no other test reopens it.</summary>
    private static readonly string FinalMonth = new DateOnly(Today.Year, Today.Month, 1).AddMonths(-6).ToString("yyyy-MM", CultureInfo.InvariantCulture);

    /// <summary>The month of CG-2026-001 the demo leaves under appeal; no other test answers it.</summary>
    private static readonly string AppealedMonth = new DateOnly(Today.Year, Today.Month, 1).AddMonths(-2).ToString("yyyy-MM", CultureInfo.InvariantCulture);

    /// <summary>A4's width less the 10 mm margins app.css's @page declares on each side, at 96 px to the inch.</summary>
    private const int PrintableWidthPx = (int)((210 - 2 * 10) / 25.4 * 96);

    [Fact]
    public async Task Unit1_prints_the_report_of_a_final_month_on_one_or_two_A4_pages_with_nothing_past_the_right_edge()
    {
        await OpenReportAsync(DemoUsers.HostUnit, FinalMonth);

        var report = Page.Locator("[data-testid=evaluation-report]");
        await Expect(report).ToBeVisibleAsync();
        await Expect(report).ToContainTextAsync("CG-2026-001");
        await Expect(report).ToContainTextAsync("互动服务不实");
        await Expect(Page.Locator("[data-testid=evaluation-report-history] tbody tr")).Not.ToHaveCountAsync(0);
        await Expect(Page.Locator("[data-testid=evaluation-report-signatures]")).ToContainTextAsync("代运营机构确认");
        await Expect(Page.Locator("[data-testid=evaluation-report-draft]")).ToHaveCountAsync(0);

        Assert.InRange(PdfPageCount(await Page.PdfAsync(new() { Format = "A4", PrintBackground = true })), 1, 2);
        Assert.Empty(await OverflowingAsync("[data-testid=evaluation-report]"));
    }

    [Fact]
    public async Task Agency1_prints_the_report_of_a_month_under_appeal_and_it_is_marked_not_final()
    {
        await OpenReportAsync(DemoUsers.Agency1, AppealedMonth);

        await Expect(Page.Locator("[data-testid=evaluation-report]")).ToBeVisibleAsync();
        await Expect(Page.Locator("[data-testid=evaluation-report-draft]")).ToHaveTextAsync("草稿 / 未定稿（当前状态：申诉中）");
        await Expect(Page.Locator("[data-testid=evaluation-report-history]")).ToContainTextAsync("申诉");
    }

    [Fact]
    public async Task Unit1_prints_its_units_month_report_on_one_A4_page_with_nothing_past_the_right_edge()
    {
        await SignInAsync(DemoUsers.HostUnit);
        await ExpectAtAsync("/");
        await Page.GotoAsync($"/evaluations/report?month={FinalMonth}");

        var report = Page.Locator("[data-testid=evaluation-month-report]");
        await Expect(report).ToBeVisibleAsync();
        await Expect(Page.Locator("[data-testid=month-report-row]").Filter(new() { HasText = "CG-2026-001" })).ToContainTextAsync("已定稿");
        await Expect(Page.Locator("[data-testid=month-report-summary]")).ToBeVisibleAsync();

        Assert.Equal(1, PdfPageCount(await Page.PdfAsync(new() { Format = "A4", PrintBackground = true })));
        Assert.Empty(await OverflowingAsync("[data-testid=evaluation-month-report]"));
    }

    /// <summary>Signs in, finds the month of CG-2026-001 in the queue, opens it and presses 打印评分表.</summary>
    private async Task OpenReportAsync(string userName, string month)
    {
        await SignInAsync(userName);
        await ExpectAtAsync("/");
        await Page.GotoAsync($"/evaluations?month={month}");
        var link = Page.Locator($"[data-testid=evaluation-open-CG-2026-001-{month}]");
        await Expect(link).ToBeVisibleAsync();
        await WaitForInteractiveAsync();
        await link.ClickAsync();
        await Expect(Page.Locator("[data-testid=evaluation-report-link]")).ToBeVisibleAsync();
        await Page.ClickAsync("[data-testid=evaluation-report-link]");
    }

    /// <summary>
    /// The pages of a PDF Chromium wrote: its page dictionaries (<c>/Type /Page</c>, not <c>/Pages</c>) are plain
    /// objects, not compressed streams; the page tree's <c>/Count</c> must agree, or the count read is not to be trusted.
    /// </summary>
    private static int PdfPageCount(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        Assert.StartsWith("%PDF-", text, StringComparison.Ordinal);
        var pages = PageObject().Count(text);
        var tree = PageTreeCount().Match(text);
        Assert.True(tree.Success, "The PDF has no readable page tree.");
        Assert.Equal(int.Parse(tree.Groups[1].Success ? tree.Groups[1].Value : tree.Groups[2].Value, CultureInfo.InvariantCulture), pages);
        return pages;
    }

    /// <summary>
    /// Lays the page out as print at the printable width of A4 and names every element of the report whose right edge
    /// lies past the paper's (and the document itself, if it scrolls sideways): what would be cut off on paper.
    /// </summary>
    private async Task<string[]> OverflowingAsync(string reportSelector)
    {
        await Page.EmulateMediaAsync(new() { Media = Media.Print });
        await Page.SetViewportSizeAsync(PrintableWidthPx, 1000);
        return await Page.EvaluateAsync<string[]>(
            """
            selector => {
                const root = document.documentElement;
                const width = root.clientWidth;
                const over = [...document.querySelector(selector).querySelectorAll('*')]
                    .filter(el => el.getBoundingClientRect().right > width + 0.5)
                    .map(el => `${el.tagName} ${Math.round(el.getBoundingClientRect().right)}px: ${(el.textContent || '').trim().slice(0, 40)}`);
                if (root.scrollWidth > width) over.push(`document ${root.scrollWidth}px > ${width}px`);
                return over;
            }
            """,
            reportSelector);
    }

    [GeneratedRegex(@"/Type\s*/Page(?![a-zA-Z])")]
    private static partial Regex PageObject();

    [GeneratedRegex(@"/Type\s*/Pages\b[^>]*?/Count\s+(\d+)|/Count\s+(\d+)[^>]*?/Type\s*/Pages\b")]
    private static partial Regex PageTreeCount();
}
