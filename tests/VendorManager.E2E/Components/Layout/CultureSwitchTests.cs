namespace VendorManager.E2E.Components.Layout;

public sealed class CultureSwitchTests(E2EApp e2e) : PageTest(e2e)
{
    [Fact]
    public async Task The_culture_switch_shows_English_and_switching_back_shows_Chinese()
    {
        await SignInAsync(DemoUsers.Supervisor);
        var title = Page.Locator("[data-testid=home-title]");
        await Expect(title).ToHaveTextAsync("主管单位工作台");
        await WaitForInteractiveAsync();

        await Page.ClickAsync("[data-testid=culture-switch]");

        await Expect(title).ToHaveTextAsync("Supervisor workspace");
        await Expect(Page.Locator("[data-testid=nav-host-units]")).ToHaveTextAsync("Host units");
        await Expect(Page.Locator("[data-testid=signout]")).ToHaveTextAsync("Sign out");
        await Expect(Page.Locator("[data-testid=user-name]")).ToContainTextAsync("(Supervisor)");
        await ExpectAtAsync("/");
        await WaitForInteractiveAsync();

        await Page.ClickAsync("[data-testid=culture-switch]");

        await Expect(title).ToHaveTextAsync("主管单位工作台");
        await Expect(Page.Locator("[data-testid=nav-host-units]")).ToHaveTextAsync("主办单位");
        await Expect(Page.Locator("[data-testid=signout]")).ToHaveTextAsync("退出");
        await ExpectAtAsync("/");
    }
}
