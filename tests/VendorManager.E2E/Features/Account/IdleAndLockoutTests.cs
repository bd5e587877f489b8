using System.Diagnostics;

namespace VendorManager.E2E.Features.Account;

/// <summary>Against a second app instance: it has a 5-second idle timeout, and locking a user there leaves the shared instance's users alone.</summary>
public sealed class IdleAndLockoutTests(E2EApp e2e, ShortIdleApp app) : PageTest(e2e, app.Server), IClassFixture<ShortIdleApp>
{
    [Fact]
    public async Task A_user_who_does_nothing_is_signed_out_and_told_why()
    {
        await SignInAsync(DemoUsers.HostUnit);
        var homeLoaded = Stopwatch.StartNew();
        await Expect(Page.Locator("[data-testid=home-title]")).ToBeVisibleAsync();
        await WaitForInteractiveAsync();

        // No clicks, keys or mouse moves from here on.
        await ExpectAtAsync("/account/signin?reason=idle", within: ShortIdleApp.IdleTimeout * 4);

        // The timer starts as the page's scripts run, a moment before the stopwatch.
        Assert.InRange(homeLoaded.Elapsed, ShortIdleApp.IdleTimeout - TimeSpan.FromSeconds(1), ShortIdleApp.IdleTimeout * 4);
        await Expect(Page.Locator(".vm-alert-info")).ToContainTextAsync("由于长时间未操作");

        await Page.GotoAsync("/");
        await ExpectAtAsync("/account/signin?ReturnUrl=%2F");
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_against_the_right_password()
    {
        await Page.GotoAsync("/account/signin");
        for (var attempt = 1; attempt <= 4; attempt++)
        {
            await SubmitSignInAsync(DemoUsers.Procurement, "Wrong@2026");
            await Expect(Page.Locator("[data-testid=signin-error]")).ToHaveTextAsync("用户名或密码错误");
        }

        await SubmitSignInAsync(DemoUsers.Procurement, "Wrong@2026");
        await SubmitSignInAsync(DemoUsers.Procurement, DemoUsers.Password);

        // Locked, and told so only as a wrong password is: "locked" would confirm that the user name exists.
        await Expect(Page.Locator("[data-testid=signin-error]")).ToHaveTextAsync("用户名或密码错误");
        await ExpectAtAsync("/account/signin");
    }
}
