using System.Globalization;
using System.Text;

namespace VendorManager.E2E.Features.PublishedPosts;

public sealed class PublishedPostTests(E2EApp e2e) : PageTest(e2e)
{
    /// <summary>The demo's one approved post.</summary>
    private const string Approved = "城关镇举办农产品展销会";

    /// <summary>The account the demo's posts are on, under agency 1's active contract.</summary>
    private const string Account = "城关镇抖音号";

    private static string ChinaTime(TimeSpan ago) =>
        DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).Subtract(ago).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    [Fact]
    public async Task The_agency_records_its_approved_post_as_published_then_imports_an_export_whose_unmatched_line_is_flagged()
    {
        var run = Guid.NewGuid().ToString("N")[..8];
        await SignInAsync(DemoUsers.Agency1);
        await Page.GotoAsync("/posts");
        await Page.GetByRole(AriaRole.Link, new() { Name = Approved }).ClickAsync();
        await Expect(Page.Locator("[data-testid=post-publish-panel]")).ToBeVisibleAsync();
        await WaitForInteractiveAsync();

        var address = $"https://mp.weixin.qq.com/s/e2e-fair-{run}";
        await Page.FillAsync("[data-testid=post-publish-address]", address);
        await Page.FillAsync("[data-testid=post-publish-time]", ChinaTime(TimeSpan.FromMinutes(30)));
        await Page.ClickAsync("[data-testid=post-publish]");

        await Expect(Page.Locator("[data-testid=post-publication-address]")).ToHaveTextAsync(address);
        await Expect(Page.Locator("[data-testid=post-publication-review]")).ToHaveTextAsync("先审后发");
        await Expect(Page.Locator("[data-testid=post-state]")).ToHaveTextAsync("已发布");

        await Page.GotoAsync("/published-posts");
        await Expect(Page.Locator("[data-testid=published-import]")).ToBeVisibleAsync();
        await WaitForInteractiveAsync();
        await Page.ClickAsync("[data-testid=published-import]");
        // The export is one account's: the account the demo's posts are on.
        await ChooseAsync("published-import-account", Account);
        var title = $"未经审核的E2E稿件{run}";
        await ChooseFileAsync("[data-testid=published-import-panel] input[type=file]", new FilePayload
        {
            Name = "export.csv",
            MimeType = "text/csv",
            Buffer = [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(
                $"标题,发布地址,发布时间,正文\n{title},https://mp.weixin.qq.com/s/e2e-none-{run},{ChinaTime(TimeSpan.FromHours(2))},镇里的一条消息。\n")],
        });

        var flagged = Page.Locator("[data-testid=published-import-review]");
        await Expect(flagged).ToHaveTextAsync("未经审核发布");
        await Expect(flagged).ToHaveAttributeAsync("data-unreviewed", "true");
        await Page.ClickAsync("[data-testid=published-import-confirm]");

        var row = Page.Locator("[data-testid=published-grid] tr").Filter(new() { HasText = title });
        await Expect(row.Locator("[data-testid^=published-review-]")).ToHaveTextAsync("未经审核发布");
        await Expect(Page.Locator("[data-testid=published-grid] tr").Filter(new() { HasText = Approved }).Locator("[data-testid^=published-review-]")).ToHaveTextAsync("先审后发");
    }
}
