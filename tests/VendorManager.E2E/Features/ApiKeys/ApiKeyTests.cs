namespace VendorManager.E2E.Features.ApiKeys;

public sealed class ApiKeyTests(E2EApp e2e) : PageTest(e2e)
{
    [Fact]
    public async Task The_admin_issues_a_key_seen_once_which_calls_the_API_once_the_supervisor_approves_until_it_is_revoked()
    {
        await SignInAsync(DemoUsers.Admin);
        await Page.GotoAsync("/admin/api-keys");
        await Expect(Page.Locator("[data-testid=apikey-new]")).ToBeVisibleAsync();
        await WaitForInteractiveAsync();

        var client = "E2E 采购接口 " + Guid.NewGuid().ToString("N")[..6];
        await Page.ClickAsync("[data-testid=apikey-new]");
        await Page.FillAsync("[data-testid=apikey-client]", client);
        await ChooseAsync("apikey-role", "采购");
        await Page.ClickAsync("[data-testid=apikey-save]");
        var secret = await Page.Locator("[data-testid=apikey-secret]").InputValueAsync();
        Assert.StartsWith("vmk_", secret, StringComparison.Ordinal);
        await Page.ClickAsync("[data-testid=apikey-close]");

        // The list shows only the key's first characters, never the key.
        var row = Page.Locator("[data-testid=apikey-table] tr").Filter(new() { HasText = client });
        await Expect(row).ToContainTextAsync(secret[..12]);
        await Expect(Page.Locator("body")).Not.ToContainTextAsync(secret);

        await Expect(row.Locator("[data-testid=apikey-pending]")).ToBeVisibleAsync();
        var api = Page.Context.APIRequest;
        var pending = await api.GetAsync("/api/v1/agencies", new() { Headers = new Dictionary<string, string> { ["Authorization"] = "Bearer " + secret } });
        Assert.Equal(401, pending.Status);
        Assert.Contains("接口密钥未获批准", await pending.TextAsync(), StringComparison.Ordinal);

        await ApproveGrantAsync(DemoUsers.Supervisor, client);
        var ok = await api.GetAsync("/api/v1/agencies", new() { Headers = new Dictionary<string, string> { ["Authorization"] = "Bearer " + secret } });
        Assert.Equal(200, ok.Status);

        await SignInAsync(DemoUsers.Admin);
        await Page.GotoAsync("/admin/api-keys");
        await Expect(row.Locator("[data-testid=apikey-active]")).ToBeVisibleAsync();
        await WaitForInteractiveAsync();
        await row.Locator($"[data-testid=apikey-revoke-{secret[..12]}]").ClickAsync();
        await Page.Locator(".mud-dialog .mud-button").Filter(new() { HasText = "吊销" }).Last.ClickAsync();
        await Expect(row.Locator("[data-testid=apikey-revoked]")).ToBeVisibleAsync();
        var refused = await api.GetAsync("/api/v1/agencies", new() { Headers = new Dictionary<string, string> { ["X-Api-Key"] = secret } });
        Assert.Equal(401, refused.Status);
        Assert.Contains("接口密钥已吊销", await refused.TextAsync(), StringComparison.Ordinal);
    }
}
