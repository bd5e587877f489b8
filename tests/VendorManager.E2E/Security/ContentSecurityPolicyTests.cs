namespace VendorManager.E2E.Security;

/// <summary>The app's Content-Security-Policy is strict; Blazor Server and MudBlazor must still work under it.</summary>
public sealed class ContentSecurityPolicyTests(E2EApp e2e) : PageTest(e2e)
{
    /// <summary>Records every CSP violation the browser reports, from the first script of each page on.</summary>
    private async Task<List<string>> WatchViolationsAsync()
    {
        var violations = new List<string>();
        Page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                lock (violations)
                {
                    violations.Add(message.Text);
                }
            }
        };
        await Page.AddInitScriptAsync(
            "document.addEventListener('securitypolicyviolation', e => console.error('Content Security Policy violation: ' + e.violatedDirective + ' ' + e.blockedURI));");
        return violations;
    }

    [Fact]
    public async Task Signing_in_and_working_in_pages_dialogs_and_drop_downs_breaks_no_policy()
    {
        var violations = await WatchViolationsAsync();

        await SignInAsync(DemoUsers.Supervisor);
        await ExpectAtAsync("/");
        await WaitForInteractiveAsync();
        foreach (var path in new[] { "/agencies", "/staff", "/accounts", "/calendar" })
        {
            await Page.GotoAsync(path);
            await WaitForInteractiveAsync();
        }

        // An interactive round trip over the WebSocket: a dialog and a MudSelect popover.
        await Page.GotoAsync("/host-units");
        await Expect(Page.Locator("[data-testid=hostunit-create]")).ToBeVisibleAsync();
        await WaitForInteractiveAsync();
        await Page.ClickAsync("[data-testid=hostunit-create]");
        await Page.ClickAsync("[data-testid=hostunit-kind]");
        await Expect(Page.Locator(".mud-popover-open .mud-list-item").First).ToBeVisibleAsync();

        lock (violations)
        {
            Assert.Empty(violations);
        }
    }

    [Fact]
    public async Task The_browser_refuses_to_show_the_app_inside_another_pages_frame()
    {
        // The browser reports the refused frame on the console of the page that holds it.
        var refusal = await Page.RunAndWaitForConsoleMessageAsync(
            () => Page.SetContentAsync($"<iframe src='{BaseUrl}/account/signin'></iframe>"),
            new PageRunAndWaitForConsoleMessageOptions
            {
                Predicate = message => message.Text.Contains("frame-ancestors", StringComparison.Ordinal),
            });

        Assert.Contains("Content Security Policy", refusal.Text, StringComparison.OrdinalIgnoreCase);
    }
}
