using System.Net;
using Microsoft.Extensions.Hosting;
using VendorManager.Web.Tests.Infrastructure;

namespace VendorManager.Web.Tests.Hosting;

/// <summary>A page the user may not open says so and leads home; only a user who is not signed in is asked to sign in.</summary>
public sealed class AccessDeniedPageTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_signed_in_user_without_the_role_is_told_the_page_is_not_for_them_not_asked_to_sign_in()
    {
        await using var app = new AppFactory(Environments.Development);
        var client = SignInForm.Client(app);
        await SignInForm.PostAsync(client, "unit1", "Demo@2026");

        var audit = await client.GetAsync("/audit", Ct);

        // 403 at once, under the address asked for: no redirect to a page that then answers 403.
        Assert.Equal(HttpStatusCode.Forbidden, audit.StatusCode);
        Assert.Null(audit.Headers.Location);
        var body = WebUtility.HtmlDecode(await audit.Content.ReadAsStringAsync(Ct));
        Assert.Contains("您没有访问此页面的权限", body, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"access-denied-home\"", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Input.Password", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_address_is_still_not_found_for_a_signed_in_user()
    {
        await using var app = new AppFactory(Environments.Development);
        var client = SignInForm.Client(app);
        await SignInForm.PostAsync(client, "unit1", "Demo@2026");

        var missing = await client.GetAsync("/no-such-page", Ct);

        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        var body = WebUtility.HtmlDecode(await missing.Content.ReadAsStringAsync(Ct));
        Assert.Contains("页面不存在", body, StringComparison.Ordinal);
        Assert.DoesNotContain("您没有访问此页面的权限", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_anonymous_user_is_still_sent_to_sign_in_with_the_page_to_return_to()
    {
        await using var app = new AppFactory(Environments.Development);
        var client = SignInForm.Client(app);

        var audit = await client.GetAsync("/audit", Ct);

        Assert.Equal(HttpStatusCode.Redirect, audit.StatusCode);
        Assert.Equal(SignInForm.Path, audit.Headers.Location?.AbsolutePath);
        Assert.Contains("ReturnUrl=%2Faudit", audit.Headers.Location?.Query, StringComparison.Ordinal);
    }
}
