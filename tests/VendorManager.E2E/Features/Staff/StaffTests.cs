using System.Globalization;
using System.Text.RegularExpressions;

namespace VendorManager.E2E.Features.Staff;

public sealed partial class StaffTests(E2EApp e2e) : PageTest(e2e)
{
    /// <summary>A valid, invented resident ID number (GB 11643-1999 check character), new on every run.</summary>
    private static string NewIdNumber()
    {
        var first17 = "330102" + "19920708" + Random.Shared.Next(100, 1000).ToString(CultureInfo.InvariantCulture);
        int[] weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
        var sum = first17.Select((c, i) => (c - '0') * weights[i]).Sum();
        return first17 + "10X98765432"[sum % 11];
    }

    private async Task SignInAsAsync(string userName)
    {
        await SwitchUserAsync(userName);
        await ExpectAtAsync("/");
    }

    private async Task OpenAsync(string path, string readySelector)
    {
        await Page.GotoAsync(path);
        await Expect(Page.Locator(readySelector)).ToBeVisibleAsync();
        await WaitForInteractiveAsync();
    }

    [Fact]
    public async Task Agency1_adds_a_person_and_requests_a_check_procurement_records_a_pass_and_the_person_shows_Passed()
    {
        var name = "测试" + Random.Shared.Next(1000, 10000).ToString(CultureInfo.InvariantCulture);
        var idNumber = NewIdNumber();

        await SignInAsAsync(DemoUsers.Agency1);
        await OpenAsync("/staff", "[data-testid=staff-add]");
        await Page.ClickAsync("[data-testid=staff-add]");
        await Expect(Page.Locator("[data-testid=staff-purpose-notice]")).ToContainTextAsync("收集目的");
        await Page.FillAsync("[data-testid=staff-name]", name);
        await Page.FillAsync("[data-testid=staff-idnumber]", idNumber.ToLowerInvariant());
        await Page.FillAsync("[data-testid=staff-mobile]", "139 1234 5678");
        await ChooseAsync("staff-post", "编辑");
        await Expect(Page.Locator("[data-testid=staff-idnumber]")).ToHaveValueAsync(idNumber.ToLowerInvariant());

        // Without the acknowledgement nothing is saved.
        await Page.ClickAsync("[data-testid=staff-save]");
        await Expect(Page.Locator("[data-testid=staff-dialog]")).ToContainTextAsync("请确认已告知收集目的");

        await Page.Locator("[data-testid=staff-purpose-ack]").ClickAsync();
        await Page.ClickAsync("[data-testid=staff-save]");
        await Expect(Page.Locator("[data-testid=staff-detail-name]")).ToHaveTextAsync(name);
        var detailUrl = Page.Url;
        await Expect(Page.Locator("[data-testid=staff-detail-idnumber]")).ToHaveTextAsync(idNumber[..6] + "********" + idNumber[14..]);
        await Expect(Page.Locator("[data-testid=staff-detail-mobile]")).ToHaveTextAsync("139****5678");
        await Expect(Page.Locator("[data-testid=staff-reveal-idnumber]")).ToHaveCountAsync(0);
        await Expect(Page.Locator("[data-testid=staff-detail-check]")).ToHaveTextAsync("未申请");

        await WaitForInteractiveAsync();
        await Page.ClickAsync("[data-testid=staff-request-check]");
        await Page.Locator(".mud-dialog .mud-button-root").Filter(new() { HasText = "确定" }).ClickAsync();
        await Expect(Page.Locator("[data-testid=staff-detail-check]")).ToHaveTextAsync("审查中");

        await SignInAsAsync(DemoUsers.Procurement);
        await OpenAsync("/staff/checks", "[data-testid=queue-title]");
        await Expect(Page.Locator("[data-testid=queue-grid]")).ToContainTextAsync(name);
        await OpenAsync(new Uri(detailUrl).PathAndQuery, "[data-testid=staff-record-result]");
        await Page.ClickAsync("[data-testid=staff-record-result]");
        await Page.ClickAsync("[data-testid=check-result]");
        await Page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasTextRegex = ExactlyPassed() }).First.ClickAsync();
        await Expect(Page.Locator(".mud-popover-open")).ToHaveCountAsync(0);
        await Page.FillAsync("[data-testid=check-authority]", "示范县公安局");
        await Page.FillAsync("[data-testid=check-reference]", "示公网审〔2026〕E2E号");
        await Page.ClickAsync("[data-testid=check-save]");
        await Expect(Page.Locator("[data-testid=check-dialog]")).ToHaveCountAsync(0);

        await Expect(Page.Locator("[data-testid=staff-detail-check]")).ToHaveTextAsync("已通过");
        await Expect(Page.Locator("[data-testid=staff-history]")).ToContainTextAsync("示公网审〔2026〕E2E号");

        // Procurement may see the full number; the page shows it after 显示.
        await Page.ClickAsync("[data-testid=staff-reveal-idnumber]");
        await Expect(Page.Locator("[data-testid=staff-detail-idnumber]")).ToHaveTextAsync(idNumber);

        await SignInAsAsync(DemoUsers.Agency1);
        await OpenAsync("/staff", "[data-testid=staff-add]");
        await Page.FillAsync("[data-testid=staff-search]", name);
        var row = Page.Locator("[data-testid=staff-grid] tr").Filter(new() { HasText = name });
        await Expect(row).ToContainTextAsync("已通过");
    }

    [Fact]
    public async Task Agency2_does_not_see_agency1_s_staff()
    {
        await SignInAsAsync(DemoUsers.Agency2);
        await OpenAsync("/staff", "[data-testid=staff-add]");

        await Expect(Page.Locator("[data-testid=staff-grid]")).ToContainTextAsync("浙江云帆文化传播有限公司");
        await Expect(Page.Locator("[data-testid=staff-grid]")).Not.ToContainTextAsync("杭州清风网络传媒有限公司");
    }

    [GeneratedRegex("^\\s*通过\\s*$")]
    private static partial Regex ExactlyPassed();
}
