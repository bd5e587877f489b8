using System.Net;
using Microsoft.Extensions.Hosting;
using VendorManager.Web.Tests.Infrastructure;

namespace VendorManager.Web.Tests.Hosting;

public sealed class SignInTests
{
    private static HttpClient Client(AppFactory factory) => SignInForm.Client(factory);

    private static Task<HttpResponseMessage> PostSignInAsync(HttpClient client, string user, string password) =>
        SignInForm.PostAsync(client, user, password);

    [Fact]
    public async Task Any_page_requested_without_signing_in_redirects_to_sign_in()
    {
        await using var factory = new AppFactory(Environments.Development);
        var client = Client(factory);

        foreach (var path in new[] { "/", "/audit", "/host-units", "/admin/users", "/calendar" })
        {
            var response = await client.GetAsync(path, TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/account/signin", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_right_password_sets_the_cookie_and_opens_home()
    {
        await using var factory = new AppFactory(Environments.Development);
        var client = Client(factory);

        var response = await PostSignInAsync(client, "county", "Demo@2026");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var home = await client.GetAsync("/", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
    }

    [Fact]
    public async Task A_wrong_password_is_answered_in_Chinese_and_sets_no_cookie()
    {
        await using var factory = new AppFactory(Environments.Development);
        var client = Client(factory);

        var response = await PostSignInAsync(client, "county", "wrong");
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        Assert.Contains("用户名或密码错误", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/", TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task Empty_fields_are_named_beside_the_fields()
    {
        await using var factory = new AppFactory(Environments.Development);
        var client = Client(factory);

        var response = await PostSignInAsync(client, "", "");
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        Assert.Contains("请输入用户名", html, StringComparison.Ordinal);
        Assert.Contains("请输入密码", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_against_the_right_one()
    {
        await using var factory = new AppFactory(Environments.Development);
        var client = Client(factory);

        for (var i = 0; i < 5; i++)
        {
            await PostSignInAsync(client, "unit1", "wrong");
        }

        var response = await PostSignInAsync(client, "unit1", "Demo@2026");
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        Assert.Contains("账户已被锁定", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/", TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task The_sign_in_cookie_expires_after_the_idle_timeout()
    {
        await using var factory = new AppFactory(Environments.Development, new Dictionary<string, string?>
        {
            ["Security:IdleTimeout"] = "00:12:00",
        });
        var client = Client(factory);

        var response = await PostSignInAsync(client, "county", "Demo@2026");
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("VendorManager.Auth", StringComparison.Ordinal));

        // A session cookie whose ticket expires after 12 minutes, sliding with each request.
        Assert.DoesNotContain("expires", cookie, StringComparison.OrdinalIgnoreCase);
        var options = factory.Services.GetService(typeof(Microsoft.Extensions.Options.IOptionsMonitor<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions>))
            as Microsoft.Extensions.Options.IOptionsMonitor<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions>;
        var cookieOptions = options!.Get(Microsoft.AspNetCore.Identity.IdentityConstants.ApplicationScheme);
        Assert.Equal(TimeSpan.FromMinutes(12), cookieOptions.ExpireTimeSpan);
        Assert.True(cookieOptions.SlidingExpiration);
    }
}
