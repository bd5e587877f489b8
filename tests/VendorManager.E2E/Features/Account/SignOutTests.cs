namespace VendorManager.E2E.Features.Account;

public sealed class SignOutTests(E2EApp e2e) : PageTest(e2e)
{
    [Fact]
    public async Task Signing_out_returns_to_sign_in_and_home_then_asks_to_sign_in_again()
    {
        await SignInAsync(DemoUsers.Supervisor);
        await Expect(Page.Locator("[data-testid=home-title]")).ToBeVisibleAsync();
        await WaitForInteractiveAsync();

        await Page.ClickAsync("[data-testid=signout]");

        await ExpectAtAsync("/account/signin");
        await Expect(Page.Locator("#username")).ToBeVisibleAsync();

        await Page.GotoAsync("/");

        await ExpectAtAsync("/account/signin?ReturnUrl=%2F");
        await Expect(Page.Locator("[data-testid=home-title]")).ToHaveCountAsync(0);
    }
}
