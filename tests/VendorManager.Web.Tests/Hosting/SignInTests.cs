using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
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
    public async Task A_locked_account_is_answered_as_an_unknown_user_name_is_and_stays_locked_against_the_right_password()
    {
        await using var factory = new AppFactory(Environments.Development);
        var client = Client(factory);

        for (var i = 0; i < 5; i++)
        {
            await PostSignInAsync(client, "unit1", "wrong");
        }

        var locked = await ErrorAsync(await PostSignInAsync(client, "unit1", "Demo@2026"));
        var unknown = await ErrorAsync(await PostSignInAsync(client, "no-such-user", "Demo@2026"));

        // A different answer would tell a guesser which user names exist.
        Assert.Equal("用户名或密码错误", unknown);
        Assert.Equal(unknown, locked);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/", TestContext.Current.CancellationToken)).StatusCode);
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<VendorManager.Persistence.Identity.AppUser>>();
        Assert.True(await users.IsLockedOutAsync((await users.FindByNameAsync("unit1"))!));

        static async Task<string> ErrorAsync(HttpResponseMessage response)
        {
            var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
            return Regex.Match(html, "data-testid=\"signin-error\">([^<]*)<").Groups[1].Value;
        }
    }

    [Fact]
    public async Task A_cookie_captured_before_sign_out_opens_nothing_after_it()
    {
        await using var factory = new AppFactory(Environments.Development);
        var client = Client(factory);
        var signedIn = await PostSignInAsync(client, "unit1", "Demo@2026");
        var captured = signedIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("VendorManager.Auth=", StringComparison.Ordinal)).Split(';')[0];
        Assert.Equal(HttpStatusCode.OK, (await ReplayAsync("/contracts")).StatusCode);

        var signedOut = await client.PostAsync("/account/signout", new FormUrlEncodedContent([]), TestContext.Current.CancellationToken);
        var replayed = await ReplayAsync("/contracts");

        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, replayed.StatusCode);
        Assert.StartsWith("/account/signin", replayed.Headers.Location!.PathAndQuery, StringComparison.Ordinal);

        async Task<HttpResponseMessage> ReplayAsync(string path)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            request.Headers.Add("Cookie", captured);
            return await factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false }).SendAsync(request, TestContext.Current.CancellationToken);
        }
    }

    [Fact]
    public async Task A_page_opened_while_signed_in_checks_the_cookie_without_issuing_it_again()
    {
        // Were every answer to re-issue the cookie, an answer still on its way when the browser dropped the
        // cookie would bring the session back (seen as a sign-in refused for its antiforgery token).
        await using var factory = new AppFactory(Environments.Development);
        var signedIn = await PostSignInAsync(Client(factory), "unit1", "Demo@2026");
        var cookie = signedIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("VendorManager.Auth=", StringComparison.Ordinal)).Split(';')[0];

        using var request = new HttpRequestMessage(HttpMethod.Get, "/contracts");
        request.Headers.Add("Cookie", cookie);
        var page = await factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false }).SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.DoesNotContain(
            page.Headers.TryGetValues("Set-Cookie", out var set) ? set : [], c => c.StartsWith("VendorManager.Auth=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_sign_in_page_names_its_icon_and_the_icon_is_a_file_that_sets_no_cookie()
    {
        // Without a declared icon the browser asks for /favicon.ico; the status page answering that 404 set a
        // new antiforgery cookie, and a sign-in form loaded a moment before was then refused.
        await using var factory = new AppFactory(Environments.Development);
        var client = factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        var page = await client.GetStringAsync("/account/signin", TestContext.Current.CancellationToken);
        var href = System.Text.RegularExpressions.Regex.Match(page, "<link rel=\"icon\"[^>]*href=\"([^\"]+)\"").Groups[1].Value;

        var icon = await client.GetAsync("/" + href.TrimStart('/'), TestContext.Current.CancellationToken);

        Assert.StartsWith("favicon", href, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, icon.StatusCode);
        Assert.Equal("image/svg+xml", icon.Content.Headers.ContentType?.MediaType);
        Assert.False(icon.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task A_sign_out_post_that_is_not_the_form_is_a_bad_request()
    {
        await using var factory = new AppFactory(Environments.Development);
        var client = Client(factory);
        await PostSignInAsync(client, "unit1", "Demo@2026");

        var response = await client.PostAsync("/account/signout", null, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
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

    [Fact]
    public async Task A_sign_in_post_without_the_antiforgery_token_signs_nobody_in_and_shows_the_form_again_saying_the_page_expired()
    {
        await using var factory = new AppFactory(Environments.Development);
        var client = Client(factory);
        await client.GetAsync("/account/signin?returnUrl=%2Fcontracts", TestContext.Current.CancellationToken);

        var response = await client.PostAsync("/account/signin?returnUrl=%2Fcontracts", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "signin",
            ["Input.UserName"] = "county",
            ["Input.Password"] = "Demo@2026",
        }), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/", TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        var form = response.Headers.Location!.OriginalString;
        Assert.StartsWith("/account/signin?", form, StringComparison.Ordinal);
        Assert.Contains("returnUrl=%2Fcontracts", form, StringComparison.Ordinal);
        var page = WebUtility.HtmlDecode(await client.GetStringAsync(form, TestContext.Current.CancellationToken));
        Assert.Contains("页面已过期，请重新登录", page, StringComparison.Ordinal);
        Assert.DoesNotContain("antiforgery", page, StringComparison.OrdinalIgnoreCase);

        // The form shown again carries a fresh token: the next attempt signs in and goes where the user was going.
        var retry = await SignInForm.PostAsync(client, "county", "Demo@2026", form);
        Assert.Equal(HttpStatusCode.Redirect, retry.StatusCode);
        Assert.Equal("http://localhost/contracts", retry.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/", TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task A_form_from_another_browser_session_is_answered_in_English_under_English_and_the_retry_signs_in()
    {
        await using var factory = new AppFactory(Environments.Development);
        var stale = await Client(factory).GetStringAsync("/account/signin", TestContext.Current.CancellationToken);
        var staleToken = Regex.Match(stale, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
        var client = Client(factory);
        await client.GetAsync("/culture?name=en-US&redirect=%2Faccount%2Fsignin", TestContext.Current.CancellationToken);

        var response = await client.PostAsync("/account/signin", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "signin",
            ["__RequestVerificationToken"] = staleToken,
            ["Input.UserName"] = "county",
            ["Input.Password"] = "Demo@2026",
        }), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        var page = WebUtility.HtmlDecode(await client.GetStringAsync(response.Headers.Location!.OriginalString, TestContext.Current.CancellationToken));
        Assert.Contains("The page expired; please sign in again.", page, StringComparison.Ordinal);
        var retry = await SignInForm.PostAsync(client, "county", "Demo@2026", response.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, retry.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/", TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task In_production_the_cookies_are_secure_http_only_and_same_site_strict_and_HSTS_is_sent()
    {
        await using var factory = new AppFactory(Environments.Production, new Dictionary<string, string?>
        {
            ["Bootstrap:AdminUser"] = "root",
            ["Bootstrap:AdminPassword"] = "Str0ng!Passw0rd",
        });
        // Browsers keep Secure cookies only from HTTPS; HSTS is never sent to localhost.
        var client = factory.CreateClient(new()
        {
            AllowAutoRedirect = false, HandleCookies = true, BaseAddress = new Uri("https://vendormanager.example"),
        });

        var page = await client.GetAsync("/account/signin", TestContext.Current.CancellationToken);
        var signedIn = await PostSignInAsync(client, "root", "Str0ng!Passw0rd");

        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        AssertLocked(page.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("VendorManager.Antiforgery=", StringComparison.Ordinal)));
        AssertLocked(signedIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("VendorManager.Auth=", StringComparison.Ordinal)));
        Assert.Contains("max-age=", page.Headers.GetValues("Strict-Transport-Security").Single(), StringComparison.Ordinal);
        var options = factory.Services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>();
        Assert.Equal(CookieSecurePolicy.Always, options.Get(IdentityConstants.ApplicationScheme).Cookie.SecurePolicy);
        // Plain HTTP (a proxy without forwarded headers) gets no cookie that a browser would only drop.
        var plain = await factory.CreateClient(new() { HandleCookies = false }).GetAsync("/account/signin", TestContext.Current.CancellationToken);
        Assert.False(plain.Headers.Contains("Set-Cookie"));

        static void AssertLocked(string cookie)
        {
            Assert.Contains("; secure", cookie, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("; httponly", cookie, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("; samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        }
    }
}
