using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Hosting;
using VendorManager.Web.Tests.Infrastructure;

namespace VendorManager.Web.Tests.Hosting;

public sealed partial class SecurityHeadersTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string Header(HttpResponseMessage response, string name) =>
        string.Join(", ", response.Headers.TryGetValues(name, out var values) ? values : []);

    [Fact]
    public async Task Pages_forbid_framing_sniffing_foreign_scripts_and_referrers()
    {
        await using var factory = new AppFactory(Environments.Development);
        var client = SignInForm.Client(factory);

        var page = await client.GetAsync("/account/signin", Ct);
        var csp = Assert.Single(page.Headers.GetValues("Content-Security-Policy"));

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("default-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("object-src 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
        Assert.Matches("script-src 'self' 'nonce-[^']+';", csp);
        Assert.Equal("nosniff", Header(page, "X-Content-Type-Options"));
        Assert.Equal("DENY", Header(page, "X-Frame-Options"));
        Assert.Equal("same-origin", Header(page, "Referrer-Policy"));
    }

    [Fact]
    public async Task The_one_inline_script_carries_this_responses_nonce_and_every_other_script_is_a_file()
    {
        await using var factory = new AppFactory(Environments.Development);
        var client = SignInForm.Client(factory);

        var first = await client.GetAsync("/account/signin", Ct);
        var second = await client.GetAsync("/account/signin", Ct);
        var html = await first.Content.ReadAsStringAsync(Ct);
        var nonce = NoncePattern().Match(Header(first, "Content-Security-Policy")).Groups[1].Value;

        Assert.NotEqual(nonce, NoncePattern().Match(Header(second, "Content-Security-Policy")).Groups[1].Value);
        var scripts = ScriptPattern().Matches(html).Select(m => m.Value).ToList();
        Assert.NotEmpty(scripts);
        Assert.All(scripts, script => Assert.True(
            script.Contains(" src=", StringComparison.Ordinal) || script.Contains($"nonce=\"{nonce}\"", StringComparison.Ordinal),
            $"An inline script without this response's nonce would be blocked: {script}"));
    }

    [Fact]
    public async Task Static_files_are_not_sniffed_either()
    {
        await using var factory = new AppFactory(Environments.Development);

        var css = await factory.CreateClient().GetAsync("/_content/MudBlazor/MudBlazor.min.css", Ct);

        Assert.Equal(HttpStatusCode.OK, css.StatusCode);
        Assert.Equal("nosniff", Header(css, "X-Content-Type-Options"));
    }

    [GeneratedRegex("'nonce-([^']+)'")]
    private static partial Regex NoncePattern();

    [GeneratedRegex("<script[^>]*>")]
    private static partial Regex ScriptPattern();
}
