namespace VendorManager.E2E.Features.Account;

/// <summary>
/// A user replaces the password its approver handed over with its own (decision 0015). On an app of its
/// own, since the demo users' password is what every other test signs in with.
/// </summary>
public sealed class PasswordChangeTests(E2EApp e2e, SeparateApp app) : PageTest(e2e, app.Server), IClassFixture<SeparateApp>
{
    private const string Chosen = "Caiwu#2027";

    [Fact]
    public async Task Finance1_changes_its_password_is_sent_to_sign_in_again_and_only_the_new_one_works()
    {
        await SignInAsync(DemoUsers.UnitFinance);
        await ExpectAtAsync("/");
        await WaitForInteractiveAsync();
        await Page.ClickAsync("[data-testid=change-password]");
        await Expect(Page.Locator("[data-testid=password-title]")).ToHaveTextAsync("修改密码");
        await WaitForInteractiveAsync();

        // A wrong current password is named beside its field, and nothing changes.
        await Page.FillAsync("[data-testid=password-current]", "Guess#2027");
        await Page.FillAsync("[data-testid=password-new]", Chosen);
        await Page.FillAsync("[data-testid=password-confirm]", Chosen);
        await Page.ClickAsync("[data-testid=password-save]");
        await Expect(Page.Locator(".mud-input-control").Filter(new() { Has = Page.Locator("[data-testid=password-current]") }))
            .ToContainTextAsync("当前密码不正确");

        await Page.FillAsync("[data-testid=password-current]", DemoUsers.Password);
        await Page.ClickAsync("[data-testid=password-save]");

        await Expect(Page.Locator("[data-testid=signin-password-changed]")).ToContainTextAsync("密码已修改");
        await SubmitSignInAsync(DemoUsers.UnitFinance, DemoUsers.Password);
        await Expect(Page.Locator("[data-testid=signin-error]")).ToBeVisibleAsync();
        await SubmitSignInAsync(DemoUsers.UnitFinance, Chosen);
        await ExpectAtAsync("/");
    }
}
