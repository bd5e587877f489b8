namespace VendorManager.E2E.Security;

/// <summary>A signed-in user sent to a page their role may not open is told so, with a way home; not shown the sign-in form.</summary>
public sealed class AccessDeniedTests(E2EApp e2e) : PageTest(e2e)
{
    [Fact]
    public async Task Unit1_sent_to_the_audit_log_is_told_it_is_not_for_them_whether_by_link_or_in_the_app()
    {
        await SignInAsync(DemoUsers.HostUnit);
        await Expect(Page.Locator("[data-testid=home-title]")).ToBeVisibleAsync();

        // A link from outside the app (a mail, a bookmark) is a fresh request.
        await Page.GotoAsync("/audit");
        await Expect(Page.Locator("[data-testid=access-denied]")).ToContainTextAsync("您没有访问此页面的权限");
        await Expect(Page.Locator("[data-testid=signin-submit]")).ToHaveCountAsync(0);

        await Page.ClickAsync("[data-testid=access-denied-home]");
        await Expect(Page.Locator("[data-testid=home-title]")).ToBeVisibleAsync();
        await WaitForInteractiveAsync();

        // Inside the running app the router answers, without a request.
        await Page.EvaluateAsync("() => Blazor.navigateTo('/audit')");
        await ExpectAtAsync("/audit");
        await Expect(Page.Locator("[data-testid=access-denied]")).ToContainTextAsync("您没有访问此页面的权限");
        await Expect(Page.Locator("[data-testid=access-denied-home]")).ToBeVisibleAsync();
    }
}
