using System.Net;
using Microsoft.Extensions.Hosting;
using VendorManager.Web.Tests.Infrastructure;

namespace VendorManager.Web.Tests.Hosting;

public sealed class SignInRateLimitTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Sign_in_posts_beyond_the_limit_are_refused_in_Chinese_even_with_the_right_password()
    {
        await using var factory = new AppFactory(Environments.Development, new Dictionary<string, string?>
        {
            ["Security:SignInAttemptsPerMinute"] = "3",
        });
        var client = SignInForm.Client(factory);
        for (var attempt = 0; attempt < 3; attempt++)
        {
            // Different users: the limit is per client, not the per-user lockout.
            var allowed = await SignInForm.PostAsync(client, $"nobody{attempt}", "wrong");
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }

        var refused = await SignInForm.PostAsync(client, "county", "Demo@2026");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Contains("登录尝试过于频繁", await refused.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.DoesNotContain(refused.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : [], c => c.StartsWith("VendorManager.Auth", StringComparison.Ordinal));
        // Reading the page is not limited.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/account/signin", Ct)).StatusCode);
    }

    [Fact]
    public async Task Every_spelling_of_the_sign_in_path_counts_against_the_same_limit()
    {
        await using var factory = new AppFactory(Environments.Development, new Dictionary<string, string?>
        {
            ["Security:SignInAttemptsPerMinute"] = "3",
        });
        var client = SignInForm.Client(factory);
        // The router matches all of these to the sign-in page, so the limit must too.
        foreach (var spelling in new[] { "/account/signin/", "/ACCOUNT/SignIn", "/account/%73ignin" })
        {
            var allowed = await SignInForm.PostAsync(client, "nobody", "wrong", spelling);
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }

        var refused = await SignInForm.PostAsync(client, "county", "Demo@2026", "/account/signin/");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Contains("登录尝试过于频繁", await refused.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/", Ct)).StatusCode);
    }
}
